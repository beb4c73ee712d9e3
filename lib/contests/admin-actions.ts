"use server";
// Server actions of the contest settings pages (capability "contests": ADMIN), built by staffAction
// (lib/actions/staff-action.ts): caller → role → input → one lib call → revalidate → typed result.
import { staffAction, type Revalidation } from "../actions/staff-action";
import {
  addConsentVersion,
  createContest,
  createDistrict,
  createUnit,
  deleteDistrict,
  deleteUnit,
  renameDistrict,
  updateContest,
  updateUnit,
} from "./admin-contests";
import { createDocument, deleteDocument, moveDocument, updateDocument } from "./admin-documents";
import { removeDocumentFile } from "./document-files";
import { createRound, updateRound } from "./admin-rounds";
import { createWard, deleteWard, moveWard, renameWard } from "./admin-wards";
import {
  consentTextSchema,
  createContestSchema,
  createDistrictSchema,
  createDocumentSchema,
  createRoundSchema,
  createUnitSchema,
  createWardSchema,
  deleteByIdSchema,
  moveByIdSchema,
  renameDistrictSchema,
  renameWardSchema,
  updateContestSchema,
  updateDocumentSchema,
  updateRoundSchema,
  updateUnitSchema,
} from "./schema";

/**
 * After a change: the settings pages, and the public site. The "/" layout covers every prerendered
 * public page that reads settings: /tai-lieu (documents), /dang-ky (districts, wards, units),
 * /the-le, the home page.
 */
const revalidate: Revalidation[] = [
  ["/quan-tri/cuoc-thi", "layout"],
  ["/", "layout"],
];

export const createContestAction = staffAction("contests", createContestSchema, createContest, { name: "createContestAction", revalidate });
export const updateContestAction = staffAction("contests", updateContestSchema, updateContest, { name: "updateContestAction", revalidate });
export const addConsentVersionAction = staffAction("contests", consentTextSchema, addConsentVersion, { name: "addConsentVersionAction", revalidate });
export const createRoundAction = staffAction("contests", createRoundSchema, createRound, { name: "createRoundAction", revalidate });
export const updateRoundAction = staffAction("contests", updateRoundSchema, updateRound, { name: "updateRoundAction", revalidate });

export const createDistrictAction = staffAction("contests", createDistrictSchema, createDistrict, { name: "createDistrictAction", revalidate });
export const renameDistrictAction = staffAction("contests", renameDistrictSchema, renameDistrict, { name: "renameDistrictAction", revalidate });
export const deleteDistrictAction = staffAction("contests", deleteByIdSchema, (d, staff) => deleteDistrict(d.id, staff), {
  name: "deleteDistrictAction",
  revalidate,
});
export const createUnitAction = staffAction("contests", createUnitSchema, createUnit, { name: "createUnitAction", revalidate });
export const updateUnitAction = staffAction("contests", updateUnitSchema, updateUnit, { name: "updateUnitAction", revalidate });
export const deleteUnitAction = staffAction("contests", deleteByIdSchema, (d, staff) => deleteUnit(d.id, staff), { name: "deleteUnitAction", revalidate });

// ---- wards of a district (lib/contests/admin-wards.ts)
export const createWardAction = staffAction("contests", createWardSchema, createWard, { name: "createWardAction", revalidate });
export const renameWardAction = staffAction("contests", renameWardSchema, renameWard, { name: "renameWardAction", revalidate });
export const moveWardAction = staffAction("contests", moveByIdSchema, moveWard, { name: "moveWardAction", revalidate });
export const deleteWardAction = staffAction("contests", deleteByIdSchema, (d, staff) => deleteWard(d.id, staff), { name: "deleteWardAction", revalidate });

// ---- study documents (lib/contests/admin-documents.ts)
export const createDocumentAction = staffAction("contests", createDocumentSchema, createDocument, { name: "createDocumentAction", revalidate });
export const updateDocumentAction = staffAction("contests", updateDocumentSchema, updateDocument, { name: "updateDocumentAction", revalidate });
export const moveDocumentAction = staffAction("contests", moveByIdSchema, moveDocument, { name: "moveDocumentAction", revalidate });
export const deleteDocumentAction = staffAction("contests", deleteByIdSchema, (d, staff) => deleteDocument(d.id, staff), {
  name: "deleteDocumentAction",
  revalidate,
});
// The upload itself is a route handler taking the raw file (app/api/admin/documents/[documentId]/file).
export const removeDocumentFileAction = staffAction("contests", deleteByIdSchema, (d, staff) => removeDocumentFile(d.id, staff), {
  name: "removeDocumentFileAction",
  revalidate,
});
