// Shown to a signed-in staff member whose role may not see a page.
export function AccessDenied({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-800">
      {message}
    </p>
  );
}
