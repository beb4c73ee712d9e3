// The organisers' hotline and e-mail (contest settings) as tel: and mailto: links: on sign-in,
// password recovery, the rules and the footer. Renders nothing when neither is set.
export interface OrganiserContactProps {
  /** The contest (or anything with its two contact settings). */
  contact: { hotline: string; contactEmail: string };
  /** Words before the links, e.g. "Cần hỗ trợ? Liên hệ Ban Tổ chức:". */
  lead?: string;
  className?: string;
}

/** "0229 3871 234" → "tel:02293871234": a dialler wants digits (and a leading +) only. */
function telHref(hotline: string): string {
  return `tel:${hotline.replace(/[^\d+]/g, "")}`;
}

export function OrganiserContact({ contact: { hotline, contactEmail }, lead, className = "text-sm text-slate-700" }: OrganiserContactProps) {
  if (!hotline && !contactEmail) return null;
  return (
    <p className={`break-words ${className}`}>
      {lead ? `${lead} ` : null}
      {hotline ? (
        <>
          Đường dây nóng{" "}
          <a href={telHref(hotline)} className="font-semibold underline">
            {hotline}
          </a>
        </>
      ) : null}
      {hotline && contactEmail ? " · " : null}
      {contactEmail ? (
        <>
          Email{" "}
          <a href={`mailto:${contactEmail}`} className="font-semibold underline">
            {contactEmail}
          </a>
        </>
      ) : null}
    </p>
  );
}
