// What a public page shows before any contest is published (a fresh installation, or all hidden).
export function NoPublishedContest() {
  return <p className="text-slate-700">Hiện chưa có cuộc thi nào được công bố.</p>;
}
