// What typing leaves until it pauses, in the app as a user reaches it (jsdom): the notice's close
// words and the query in the address. The keystroke's own results never wait for them.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PRELOADED } from "../../../src/components/lazyParts.ts";
import { App } from "../../../src/components/App.tsx";
import { makeDataset } from "../domain/fixtures.ts";

function renderAt(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  return render(<App dataset={makeDataset()} />);
}

beforeAll(() => Promise.all(PRELOADED.map((part) => part.preload())));
beforeEach(() => window.history.replaceState(null, "", "/"));

const results = () => screen.getByRole("listbox", { name: "Résultats de recherche" });

describe("search box, once typing pauses", () => {
  it("says at once that the sources do not hold a word, then offers the words closest in spelling", async () => {
    renderAt("?v=2010");
    const box = screen.getByRole("combobox", { name: /Qui fait quoi/ });
    await userEvent.type(box, "buraeu");
    await waitFor(() => expect(results()).toHaveAttribute("data-query", "buraeu"));
    expect(within(results()).getByText(/Les sources ne mentionnent pas « buraeu »/)).toBeInTheDocument();
    await userEvent.click(await within(results()).findByRole("button", { name: "bureau" }));
    expect(box).toHaveValue("bureau");
    expect(await within(results()).findByRole("option", { name: /Bureau R1/ })).toBeInTheDocument();
  });

  it("offers no close words for a single letter", async () => {
    renderAt("?v=2010");
    await userEvent.type(screen.getByRole("combobox", { name: /Qui fait quoi/ }), "q");
    expect(await within(results()).findByText(/Les sources ne mentionnent pas « q »/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(within(results()).queryByText(/Mots proches/)).not.toBeInTheDocument();
  });

  it("puts the query in the address, and keeps it there when a result is picked right after typing", async () => {
    renderAt("?v=2010");
    const box = screen.getByRole("combobox", { name: /Qui fait quoi/ });
    await userEvent.type(box, "bureau");
    await waitFor(() => expect(window.location.search).toBe("?v=2010&q=bureau"));
    await userEvent.type(box, " r1");
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("complementary", { name: "Bureau R1" })).toBeInTheDocument();
    expect(window.location.search).toBe("?v=2010&u=r1&q=bureau+r1");
  });
});
