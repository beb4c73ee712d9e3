"use client";
// The wards (xã/phường/thị trấn) of one district, as the registration form offers them: add, rename,
// reorder, delete. Participants keep the ward name they registered with (lib/contests/admin-wards.ts).
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { createWardAction, deleteWardAction, moveWardAction, renameWardAction } from "@/lib/contests/admin-actions";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { PlaceInput, PlaceOutcome } from "./place-controls";

export interface Ward {
  id: string;
  name: string;
}

function WardRow({ w, isFirst, isLast }: { w: Ward; isFirst: boolean; isLast: boolean }) {
  const uid = useId();
  const [name, setName] = useState(w.name);
  const { pending, message, run } = useActionRunner();
  const isError = message?.tone === "error";
  return (
    <li className="rounded-md border border-slate-200 bg-white p-2">
      <div className="flex flex-wrap items-end gap-2">
        <PlaceInput
          id={`${uid}-n`}
          label={`Tên xã/phường ${w.name}`}
          labelStyle="hidden"
          className="min-w-40 flex-1"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={isError}
          aria-describedby={isError ? `${uid}-msg` : undefined}
        />
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || name.trim() === w.name}
          onClick={() => run(() => renameWardAction({ id: w.id, name }), "Đã đổi tên.")}
        >
          Đổi tên<span className="sr-only">&nbsp;{w.name}</span>
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={pending || isFirst}
          onClick={() => run(() => moveWardAction({ id: w.id, direction: "up" }), "Đã chuyển lên.")}
        >
          Lên<span className="sr-only">&nbsp;{w.name}</span>
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={pending || isLast}
          onClick={() => run(() => moveWardAction({ id: w.id, direction: "down" }), "Đã chuyển xuống.")}
        >
          Xuống<span className="sr-only">&nbsp;{w.name}</span>
        </Button>
        <Button size="sm" variant="danger" disabled={pending} onClick={() => run(() => deleteWardAction({ id: w.id }), "Đã xóa.")}>
          Xóa<span className="sr-only">&nbsp;{w.name}</span>
        </Button>
      </div>
      <PlaceOutcome id={`${uid}-msg`} message={message} />
    </li>
  );
}

export function WardsEditor({ districtId, districtName, wards }: { districtId: string; districtName: string; wards: Ward[] }) {
  const uid = useId();
  const [name, setName] = useState("");
  const { pending, message, run } = useActionRunner();
  const isError = message?.tone === "error";
  return (
    <div className="space-y-2">
      <p id={`${uid}-hint`} className="text-xs text-slate-600">
        {wards.length ? "Thí sinh chọn xã/phường trong danh sách này." : "Chưa có xã/phường: thí sinh tự nhập tên."} Đổi tên hoặc xóa không làm thay đổi
        xã/phường thí sinh đã khai.
      </p>
      {wards.length ? (
        <ol className="space-y-2">
          {wards.map((w, i) => (
            <WardRow key={w.id} w={w} isFirst={i === 0} isLast={i === wards.length - 1} />
          ))}
        </ol>
      ) : null}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () => createWardAction({ districtId, name }),
            "Đã thêm xã/phường.",
            () => setName(""),
          );
        }}
      >
        <PlaceInput
          id={`${uid}-new`}
          label={
            <>
              Thêm xã/phường<span className="sr-only">&nbsp;vào {districtName}</span>
            </>
          }
          className="min-w-40 flex-1"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={isError}
          aria-describedby={isError ? `${uid}-msg ${uid}-hint` : `${uid}-hint`}
        />
        <Button size="sm" type="submit" disabled={pending || !name.trim()}>
          Thêm
        </Button>
      </form>
      <PlaceOutcome id={`${uid}-msg`} message={message} />
    </div>
  );
}
