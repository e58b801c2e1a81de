import { afterEach, describe, expect, it } from "vitest";
import { applyScheme, readScheme, resolveTheme } from "../../../src/state/theme.ts";

afterEach(() => localStorage.clear());

describe("theme", () => {
  it("follows the system unless the user chose light or dark", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("reads an unknown stored value as the system scheme", () => {
    localStorage.setItem("scheme", "sepia");
    expect(readScheme()).toBe("system");
  });

  it("applyScheme sets the DSFR attributes and remembers the choice", () => {
    applyScheme("dark");
    expect(document.documentElement.getAttribute("data-fr-theme")).toBe("dark");
    expect(document.documentElement.getAttribute("data-fr-scheme")).toBe("dark");
    expect(readScheme()).toBe("dark");
  });
});
