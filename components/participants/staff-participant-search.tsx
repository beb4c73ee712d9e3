// The staff participants search box: a plain GET form (works without JavaScript) that keeps the
// chosen contest. Matches names with or without diacritics, CCCD and phone in any form.
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PARTICIPANT_SEARCH_MAX } from "@/lib/participants/staff-schema";

export function StaffParticipantSearch({ action, contestId, q }: { action: string; contestId: string; q: string }) {
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="cuocThi" value={contestId} />
      <div className="min-w-0 flex-1 sm:max-w-md">
        <label htmlFor="participant-search" className="mb-1 block text-sm font-medium text-slate-800">
          Họ và tên, số CCCD hoặc số điện thoại
        </label>
        <input
          id="participant-search"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={PARTICIPANT_SEARCH_MAX}
          aria-describedby="participant-search-hint"
          className={inputClass}
        />
        <p id="participant-search-hint" className="mt-1 text-xs text-slate-600">
          Gõ có dấu hoặc không dấu; số điện thoại dạng 09…, 84… hoặc +84… đều được.
        </p>
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Tìm
      </button>
    </form>
  );
}
