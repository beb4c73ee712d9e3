// Reading what a server component signalled: next/navigation's redirect() and notFound() throw
// an error whose digest says what happened.

/** The redirect's target when rendering redirects, or null when it renders. */
export async function redirectOf(render: () => Promise<unknown>): Promise<string | null> {
  try {
    await render();
    return null;
  } catch (err) {
    const digest = String((err as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw err;
    return digest.split(";")[2];
  }
}
