import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ThemeSwitch } from "../../../src/components/dsfr/ThemeSwitch.tsx";
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

describe("theme with storage blocked (cookies disabled: reading window.localStorage throws)", () => {
  const blocked = () => {
    const original = Object.getOwnPropertyDescriptor(window, "localStorage")!;
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
    return () => Object.defineProperty(window, "localStorage", original);
  };

  it("reads the system scheme and applies a choice for the visit", () => {
    const restore = blocked();
    try {
      expect(readScheme()).toBe("system");
      expect(() => applyScheme("dark")).not.toThrow();
      expect(document.documentElement.getAttribute("data-fr-theme")).toBe("dark");
    } finally {
      restore();
    }
  });

  it("keeps the theme switch working", async () => {
    const restore = blocked();
    try {
      render(<ThemeSwitch />);
      await userEvent.click(screen.getByRole("radio", { name: "Sombre" }));
      expect(document.documentElement.getAttribute("data-fr-theme")).toBe("dark");
      await userEvent.click(screen.getByRole("radio", { name: "Clair" }));
      expect(document.documentElement.getAttribute("data-fr-theme")).toBe("light");
    } finally {
      restore();
    }
  });
});
