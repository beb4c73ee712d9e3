"use client";
// The question editor: text, 2–6 options (useFieldArray) with exactly one marked correct,
// explanation, source document, difficulty; a live preview as participants see it; and the
// near-duplicate warning (checked when leaving the text, and again by the server on save).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field, FieldError, fieldIds, inputClass, RequiredMark } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { checkSimilarQuestionsAction, createQuestionAction, updateQuestionAction } from "@/lib/questions/actions";
import type { SimilarQuestion } from "@/lib/questions/editing";
import { DIFFICULTY_LABEL, MAX_OPTIONS, MIN_OPTIONS, optionLetter, type DifficultyValue } from "@/lib/questions/format";
import { questionContentSchema, type QuestionContentInput } from "@/lib/questions/schema";
import { QuestionPreview } from "./question-preview";
import { SimilarList } from "./similar-list";

type EditorMode = { kind: "create"; contestId: string } | { kind: "edit"; contestId: string; id: string; baseVersion: number };

export interface QuestionEditorProps {
  mode: EditorMode;
  documents: { id: string; code: string; title: string }[];
  initial?: { text: string; options: string[]; correctIndex: number; explanation: string; documentId: string | null; difficulty: DifficultyValue };
}

export function QuestionEditor({ mode, documents, initial }: QuestionEditorProps) {
  const router = useRouter();
  const [similar, setSimilar] = useState<SimilarQuestion[]>([]);
  const [similarFromSave, setSimilarFromSave] = useState(false);
  const [confirmSimilar, setConfirmSimilar] = useState(false);
  const form = useForm<QuestionContentInput>({
    resolver: zodResolver(questionContentSchema),
    defaultValues: {
      text: initial?.text ?? "",
      options: (initial?.options ?? ["", "", "", ""]).map((text) => ({ text })),
      correctIndex: initial?.correctIndex ?? -1,
      explanation: initial?.explanation ?? "",
      documentId: initial?.documentId ?? null,
      difficulty: initial?.difficulty ?? "MEDIUM",
    },
  });
  const { register, control, handleSubmit, formState, setValue, setError, getValues } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "options" });
  const { notice: message, setNotice: setMessage, run } = useFormAction(setError);
  const watched = useWatch({ control });
  const correct = watched.correctIndex ?? -1;
  const e = formState.errors;

  const chooseCorrect = (i: number) => setValue("correctIndex", i, { shouldValidate: formState.isSubmitted, shouldDirty: true });
  const removeOption = (i: number) => {
    remove(i);
    // Keep the mark on the same option text when an earlier option goes away.
    if (correct === i) setValue("correctIndex", -1, { shouldDirty: true });
    else if (correct > i) setValue("correctIndex", correct - 1, { shouldDirty: true });
  };

  const checkSimilar = async () => {
    const text = getValues("text");
    if (text.trim().length < 10) return setSimilar([]);
    const result = await checkSimilarQuestionsAction({ contestId: mode.contestId, text, excludeId: mode.kind === "edit" ? mode.id : null });
    if (result.ok) {
      setSimilar(result.data);
      setSimilarFromSave(false);
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    const confirmed = similarFromSave && confirmSimilar;
    const result = await run(() =>
      mode.kind === "create"
        ? createQuestionAction({ ...values, contestId: mode.contestId, confirmSimilar: confirmed })
        : updateQuestionAction({ ...values, id: mode.id, baseVersion: mode.baseVersion, confirmSimilar: confirmed }),
    );
    if (!result.ok) return;
    if (result.data.status === "similar") {
      setSimilar(result.data.similar);
      setSimilarFromSave(true);
      setConfirmSimilar(false);
      setMessage({ tone: "error", text: "Chưa lưu: có câu hỏi gần trùng trong ngân hàng. Hãy xem lại, rồi đánh dấu xác nhận nếu vẫn muốn lưu." });
      return;
    }
    setSimilar([]);
    setSimilarFromSave(false);
    if (mode.kind === "create") {
      router.push(`/quan-tri/cau-hoi/${result.data.id}?daLuu=1`);
    } else {
      // The page remounts the editor on the new version and shows the confirmation.
      router.replace(`/quan-tri/cau-hoi/${result.data.id}?daLuu=${result.data.newVersion ? "phien-ban" : "thong-tin"}`);
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
      <div className="space-y-5">
        <Field id="text" label="Nội dung câu hỏi" error={e.text?.message} required>
          {(a) => <textarea {...a} {...register("text", { onBlur: checkSimilar })} rows={4} className={inputClass} />}
        </Field>

        {similar.length > 0 ? (
          <Alert tone="warning" title="Có câu hỏi gần trùng trong ngân hàng">
            <SimilarList items={similar} />
            {similarFromSave ? (
              <label className="mt-2 flex items-start gap-2 font-medium">
                <input type="checkbox" className="mt-1 size-4" checked={confirmSimilar} onChange={(ev) => setConfirmSimilar(ev.target.checked)} />
                Tôi đã xem các câu trên; câu hỏi này khác và vẫn cần lưu.
              </label>
            ) : null}
          </Alert>
        ) : null}

        <fieldset aria-describedby={e.correctIndex || e.options?.root || e.options?.message ? fieldIds("options").error : undefined}>
          <legend className="mb-1 text-sm font-medium text-slate-800">
            Phương án ({MIN_OPTIONS}–{MAX_OPTIONS}); chọn đúng một đáp án
            <RequiredMark />
          </legend>
          <ol className="space-y-2">
            {fields.map((f, i) => {
              const err = e.options?.[i]?.text?.message;
              return (
                <li key={f.id} className="flex flex-wrap items-start gap-2 rounded-md border border-slate-200 bg-white p-2">
                  <span className="mt-2 w-5 font-semibold" aria-hidden="true">
                    {optionLetter(i)}
                  </span>
                  <div className="min-w-0 flex-1">
                    <label htmlFor={`option-${i}`} className="sr-only">
                      Phương án {optionLetter(i)}
                    </label>
                    <input
                      id={`option-${i}`}
                      {...register(`options.${i}.text` as const)}
                      aria-invalid={!!err}
                      aria-describedby={err ? `option-${i}-error` : undefined}
                      className={inputClass}
                    />
                    <FieldError id={`option-${i}`} message={err} />
                  </div>
                  <label className="mt-2 flex items-center gap-1 text-sm">
                    <input type="radio" name="correct-option" className="size-4" checked={correct === i} onChange={() => chooseCorrect(i)} />
                    Đúng<span className="sr-only"> (phương án {optionLetter(i)})</span>
                  </label>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={fields.length <= MIN_OPTIONS}
                    onClick={() => removeOption(i)}
                    aria-label={`Xóa phương án ${optionLetter(i)}`}
                  >
                    Xóa
                  </Button>
                </li>
              );
            })}
          </ol>
          <FieldError id="options" message={[e.correctIndex?.message, e.options?.message, e.options?.root?.message].filter(Boolean).join(" ")} />
          <Button size="sm" variant="secondary" className="mt-2" disabled={fields.length >= MAX_OPTIONS} onClick={() => append({ text: "" })}>
            + Thêm phương án
          </Button>
        </fieldset>

        <Field id="explanation" label="Giải thích (hiện khi thí sinh xem lại đáp án)" error={e.explanation?.message}>
          {(a) => <textarea {...a} {...register("explanation")} rows={3} className={inputClass} />}
        </Field>

        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="documentId" label="Tài liệu nguồn" error={e.documentId?.message}>
            {(a) => (
              <select {...a} {...register("documentId", { setValueAs: (v: string | null) => (v ? v : null) })} className={inputClass}>
                <option value="">— Không gắn tài liệu —</option>
                {documents.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.code} – {d.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="difficulty" label="Độ khó" error={e.difficulty?.message}>
            {(a) => (
              <select {...a} {...register("difficulty")} className={inputClass}>
                {Object.entries(DIFFICULTY_LABEL).map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang lưu…">
            {mode.kind === "create" ? "Lưu câu hỏi" : "Lưu phiên bản mới"}
          </SubmitButton>
        </div>
        {mode.kind === "edit" ? (
          <p className="text-xs text-slate-600">Mỗi lần sửa nội dung tạo một phiên bản mới; các bài thi đã làm vẫn giữ đúng phiên bản thí sinh đã thấy.</p>
        ) : null}
      </div>

      <aside aria-labelledby="preview-title" className="xl:sticky xl:top-4 xl:self-start">
        <h2 id="preview-title" className="mb-2 text-sm font-semibold text-slate-700">
          Xem trước như thí sinh nhìn thấy
        </h2>
        <QuestionPreview text={watched.text ?? ""} options={(watched.options ?? []).map((o) => o?.text ?? "")} correctIndex={correct} />
        <p className="mt-2 text-xs text-slate-600">Khi thi, thứ tự phương án được xáo trộn cho từng thí sinh; đáp án đúng chỉ hiện ở đây.</p>
      </aside>
    </form>
  );
}
