// The small controls of the place editors (districts, wards, units): the labelled input and the
// outcome line under a row or form.
import type { InputHTMLAttributes, ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import type { RunnerMessage } from "@/components/ui/use-action-runner";

export const smallInputClass = `${inputClass} py-1 text-sm`;

const LABEL_CLASS = { hidden: "sr-only", plain: "block text-sm font-medium", caption: "block text-xs text-slate-600" } as const;

type PlaceInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  id: string;
  label: ReactNode;
  labelStyle?: keyof typeof LABEL_CLASS;
  /** The wrapper's width in the editor's flex row. */
  className?: string;
};

/** The label is visually hidden in a row that already shows the name, a caption above the unit fields, plain elsewhere. */
export function PlaceInput({ id, label, labelStyle = "plain", className = "min-w-0 flex-1", ...input }: PlaceInputProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className={LABEL_CLASS[labelStyle]}>
        {label}
      </label>
      <input id={id} className={smallInputClass} {...input} />
    </div>
  );
}

/** The outcome under a row or form; with an id, an error can also describe the input it is about. */
export function PlaceOutcome({ id, message }: { id?: string; message: RunnerMessage }) {
  if (!message) return null;
  return (
    <div id={id} className="mt-1">
      <Alert tone={message.tone}>{message.text}</Alert>
    </div>
  );
}
