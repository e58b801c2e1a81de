import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { LazyView } from "../../../src/components/LazyView.tsx";

function Hello({ name }: { name: string }) {
  return <p>Bonjour {name}</p>;
}

describe("LazyView", () => {
  it("shows the loaded view with its props", async () => {
    const load = () => Promise.resolve({ default: Hello });
    render(<LazyView load={load} props={{ name: "Ada" }} loading="Chargement…" what="la page" />);
    expect(await screen.findByText("Bonjour Ada")).toBeInTheDocument();
  });

  it("shows an alert with « Réessayer » when the code fails to load, and loads it again on click", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new Error("réseau coupé")) : Promise.resolve({ default: Hello }));
    render(<LazyView load={load} props={{ name: "Ada" }} loading="Chargement…" what="la page" />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Impossible de charger la page");
    await userEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    expect(await screen.findByText("Bonjour Ada")).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
