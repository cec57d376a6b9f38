import { parseEmail, parsePhone, parseUrl } from "../../../shared/values";

describe("contact shapes", () => {
  it.each([["school12@mail.kz"], ["info@sch12.edu.kz"]])("takes the e-mail %s", (raw) => {
    expect(parseEmail(raw)).toEqual({ ok: true, value: raw });
  });
  it.each([["school12@mail"], ["school12 mail.kz"], ["a@b.kz; c@d.kz"]])("refuses the e-mail %s", (raw) => {
    expect(parseEmail(raw).ok).toBe(false);
  });

  it.each([["+7 701 123 45 67"], ["8 (7172) 12-34-56"], ["87011234567"], ["7011234567"], [87011234567]])(
    "takes the phone %j",
    (raw) => {
      expect(parsePhone(raw).ok).toBe(true);
    },
  );
  it.each([["2-15-47"], ["+7 701 123"], ["звоните директору"], ["+1 555 123 45 67 89"]])(
    "refuses the phone %j",
    (raw) => {
      expect(parsePhone(raw).ok).toBe(false);
    },
  );

  it.each([["https://sch12.edu.kz/vakr"], ["http://example.kz"]])("takes the link %s", (raw) => {
    expect(parseUrl(raw)).toEqual({ ok: true, value: raw });
  });
  it.each([["sch12.edu.kz"], ["ftp://sch12.edu.kz"], ["https://"], ["https://localhost"], ["javascript:alert(1)"]])(
    "refuses the link %s",
    (raw) => {
      expect(parseUrl(raw).ok).toBe(false);
    },
  );
});
