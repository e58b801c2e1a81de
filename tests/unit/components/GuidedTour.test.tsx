import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import GuidedTour, { TOUR_STEPS } from "../../../src/components/tour/GuidedTour.tsx";
import { resetTourMemory, tourDismissed } from "../../../src/components/tour/tourStorage.ts";

beforeEach(() => {
  localStorage.clear();
  resetTourMemory();
  vi.restoreAllMocks();
});

describe("GuidedTour", () => {
  it("walks through 4 to 6 steps with Suivant / Précédent, focus moving into the dialog, then Terminer", async () => {
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(4);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(6);
    const onClose = vi.fn();
    render(<GuidedTour onClose={onClose} />);
    const dialog = screen.getByRole("dialog", { name: "Qui fait quoi ?" });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent(`étape 1 sur ${TOUR_STEPS.length}`);
    await userEvent.click(screen.getByRole("button", { name: "Suivant" }));
    expect(screen.getByRole("dialog", { name: "Le panneau d'une entité" })).toHaveFocus();
    await userEvent.click(screen.getByRole("button", { name: "Précédent" }));
    expect(screen.getByRole("dialog", { name: "Qui fait quoi ?" })).toBeInTheDocument();
    for (let i = 1; i < TOUR_STEPS.length; i++) await userEvent.click(screen.getByRole("button", { name: "Suivant" }));
    await userEvent.click(screen.getByRole("button", { name: "Terminer" }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(tourDismissed()).toBe(true);
    expect(localStorage.getItem("dgos-visite-guidee")).toBe("vue");
  });

  it("is skipped with « Passer la visite » or Escape, and the choice is kept on the device", async () => {
    const onClose = vi.fn();
    render(<GuidedTour onClose={onClose} />);
    await userEvent.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledOnce();
    expect(localStorage.getItem("dgos-visite-guidee")).toBe("vue");
  });

  it("announces the step through a live region", async () => {
    render(<GuidedTour onClose={vi.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Suivant" }));
    expect(screen.getByText(`Visite guidée — étape 2 sur ${TOUR_STEPS.length}`)).toHaveAttribute("aria-live", "polite");
  });

  it("outlines the element the step points at, and only while the step is shown", async () => {
    document.body.insertAdjacentHTML("beforeend", '<div class="toolbar"><div role="search" id="cible">x</div></div>');
    render(<GuidedTour onClose={vi.fn()} />);
    expect(document.getElementById("cible")).toHaveClass("tour-target");
    await userEvent.click(screen.getByRole("button", { name: "Suivant" }));
    expect(document.getElementById("cible")).not.toHaveClass("tour-target");
    document.querySelector(".toolbar")?.remove();
  });

  it("can be skipped when storage is blocked: it closes, and is remembered for the page's life", async () => {
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const onClose = vi.fn();
    render(<GuidedTour onClose={onClose} />);
    await userEvent.click(screen.getByRole("button", { name: "Passer la visite" }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(tourDismissed()).toBe(true);
  });
});
