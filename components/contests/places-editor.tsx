"use client";
// The contest's districts (huyện/thành phố) with their wards, and units (đơn vị, with headcount):
// add, rename, remove when unused. They are data per contest (administrative units changed in 2025).
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  createDistrictAction,
  createUnitAction,
  deleteDistrictAction,
  deleteUnitAction,
  renameDistrictAction,
  updateUnitAction,
} from "@/lib/contests/admin-actions";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { PlaceInput, PlaceOutcome, smallInputClass } from "./place-controls";
import { WardsEditor, type Ward } from "./wards-editor";

const headcountOf = (v: string) => (v.trim() === "" ? null : Number(v));

export interface District {
  id: string;
  name: string;
  participants: number;
  units: number;
  wards: Ward[];
}

export interface Unit {
  id: string;
  name: string;
  headcount: number | null;
  districtId: string | null;
  participants: number;
}

function DistrictRow({ d }: { d: District }) {
  const uid = useId();
  const [name, setName] = useState(d.name);
  const { pending, message, run } = useActionRunner();
  const used = d.participants + d.units > 0;
  return (
    <li className="rounded-md border border-slate-200 p-2">
      <div className="flex flex-wrap items-end gap-2">
        <PlaceInput id={`${uid}-n`} label="Tên huyện/thành phố" labelStyle="hidden" value={name} onChange={(e) => setName(e.target.value)} />
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || name.trim() === d.name}
          onClick={() => run(() => renameDistrictAction({ id: d.id, name }), "Đã đổi tên.")}
        >
          Đổi tên
        </Button>
        <Button
          size="sm"
          variant="danger"
          disabled={pending || used}
          onClick={() => run(() => deleteDistrictAction({ id: d.id }), "Đã xóa.")}
          aria-describedby={used ? `${uid}-used` : undefined}
        >
          Xóa
        </Button>
      </div>
      <p id={`${uid}-used`} className="mt-1 text-xs text-slate-500">
        {d.participants} thí sinh · {d.units} đơn vị{used ? " (đang dùng, không xóa được)" : ""}
      </p>
      <PlaceOutcome message={message} />
      <details className="mt-2 rounded-md bg-slate-50 px-2">
        <summary className="flex min-h-10 cursor-pointer items-center text-sm font-medium text-brand-700">
          Xã/phường ({d.wards.length})<span className="sr-only">&nbsp;của {d.name}</span>
        </summary>
        <div className="pb-2">
          <WardsEditor districtId={d.id} districtName={d.name} wards={d.wards} />
        </div>
      </details>
    </li>
  );
}

export function DistrictsEditor({ contestId, districts }: { contestId: string; districts: District[] }) {
  const uid = useId();
  const [name, setName] = useState("");
  const { pending, message, run } = useActionRunner();
  return (
    <div className="space-y-3">
      <ul className="space-y-2">
        {districts.map((d) => (
          <DistrictRow key={d.id} d={d} />
        ))}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () => createDistrictAction({ contestId, name }),
            "Đã thêm.",
            () => setName(""),
          );
        }}
      >
        <PlaceInput id={`${uid}-new`} label="Thêm huyện/thành phố" value={name} onChange={(e) => setName(e.target.value)} />
        <Button size="sm" type="submit" disabled={pending || !name.trim()}>
          Thêm
        </Button>
      </form>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}

function UnitFields({
  uid,
  name,
  setName,
  headcount,
  setHeadcount,
  districtId,
  setDistrictId,
  districts,
}: {
  uid: string;
  name: string;
  setName: (v: string) => void;
  headcount: string;
  setHeadcount: (v: string) => void;
  districtId: string;
  setDistrictId: (v: string) => void;
  districts: District[];
}) {
  return (
    <>
      <PlaceInput
        id={`${uid}-name`}
        label="Tên đơn vị"
        labelStyle="caption"
        className="min-w-40 flex-1"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <PlaceInput
        id={`${uid}-hc`}
        label="Số người"
        labelStyle="caption"
        className="w-28"
        type="number"
        min={0}
        inputMode="numeric"
        value={headcount}
        onChange={(e) => setHeadcount(e.target.value)}
      />
      <div className="w-44">
        <label htmlFor={`${uid}-d`} className="block text-xs text-slate-600">
          Huyện/thành phố
        </label>
        <select id={`${uid}-d`} value={districtId} onChange={(e) => setDistrictId(e.target.value)} className={smallInputClass}>
          <option value="">—</option>
          {districts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function UnitRow({ u, districts }: { u: Unit; districts: District[] }) {
  const uid = useId();
  const [name, setName] = useState(u.name);
  const [headcount, setHeadcount] = useState(u.headcount === null ? "" : String(u.headcount));
  const [districtId, setDistrictId] = useState(u.districtId ?? "");
  const { pending, message, run } = useActionRunner();
  return (
    <li className="rounded-md border border-slate-200 p-2">
      <div className="flex flex-wrap items-end gap-2">
        <UnitFields {...{ uid, name, setName, headcount, setHeadcount, districtId, setDistrictId, districts }} />
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => updateUnitAction({ id: u.id, name, headcount: headcountOf(headcount), districtId: districtId || null }), "Đã lưu.")}
        >
          Lưu
        </Button>
        <Button size="sm" variant="danger" disabled={pending || u.participants > 0} onClick={() => run(() => deleteUnitAction({ id: u.id }), "Đã xóa.")}>
          Xóa
        </Button>
      </div>
      <p className="mt-1 text-xs text-slate-500">
        {u.participants} thí sinh{u.participants > 0 ? " (đang dùng, không xóa được)" : ""}
      </p>
      <PlaceOutcome message={message} />
    </li>
  );
}

export function UnitsEditor({ contestId, units, districts }: { contestId: string; units: Unit[]; districts: District[] }) {
  const uid = useId();
  const [name, setName] = useState("");
  const [headcount, setHeadcount] = useState("");
  const [districtId, setDistrictId] = useState("");
  const { pending, message, run } = useActionRunner();
  const clear = () => {
    setName("");
    setHeadcount("");
    setDistrictId("");
  };
  return (
    <div className="space-y-3">
      <ul className="space-y-2">
        {units.map((u) => (
          <UnitRow key={u.id} u={u} districts={districts} />
        ))}
      </ul>
      <form
        className="rounded-md bg-slate-50 p-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => createUnitAction({ contestId, name, headcount: headcountOf(headcount), districtId: districtId || null }), "Đã thêm đơn vị.", clear);
        }}
      >
        <p className="mb-1 text-sm font-medium">Thêm đơn vị</p>
        <div className="flex flex-wrap items-end gap-2">
          <UnitFields {...{ uid, name, setName, headcount, setHeadcount, districtId, setDistrictId, districts }} />
          <Button size="sm" type="submit" disabled={pending || !name.trim()}>
            Thêm
          </Button>
        </div>
      </form>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
