// `npm run demo` serves under PUBLIC_URL: the shell's, else .env's, else its own port (README "Configuration").
import { demoPublicUrl } from "@/scripts/demo-public-url.mjs";

test.each([
  [{}, 'PUBLIC_URL=""\n', "4200", "http://localhost:4200"],
  [{}, "", "3000", "http://localhost:3000"],
  // An .env written by an older demo still says NEXTAUTH_URL=localhost:3000: it does not decide the links.
  [{}, 'NEXTAUTH_URL="http://localhost:3000"\n', "4200", "http://localhost:4200"],
  [{}, 'PUBLIC_URL="https://thi.ninhbinh.gov.vn"\n', "4200", "https://thi.ninhbinh.gov.vn"],
  [{ PUBLIC_URL: "https://may-chu-thu.vn" }, 'PUBLIC_URL="https://thi.ninhbinh.gov.vn"\n', "4200", "https://may-chu-thu.vn"],
  [{ PUBLIC_URL: "  " }, "", "4300", "http://localhost:4300"],
])("shell %p, .env %p, PORT %p → %p", (shell, envFile, port, expected) => {
  expect(demoPublicUrl({ shell, envFile, port })).toBe(expected);
});
