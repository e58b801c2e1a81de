// A lazily loaded part whose code fails: an alert with « Réessayer » that really imports again.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { LazyBoundary, LazyPart, retryableLazy } from "../../../src/components/LazyBoundary.tsx";

function Part({ name }: { name: string }) {
  return <p>Partie {name} chargée</p>;
}

describe("LazyBoundary with retryableLazy", () => {
  it("says what failed, keeps its siblings, and loads the part on « Réessayer »", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ default: typeof Part }>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValueOnce({ default: Part });
    const Lazy = retryableLazy(load);
    render(
      <div>
        <p>Le reste de la page</p>
        <LazyBoundary what="la vue de comparaison" onRetry={Lazy.retry}>
          <Suspense fallback={<p>Chargement…</p>}>
            <Lazy name="test" />
          </Suspense>
        </LazyBoundary>
      </div>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Impossible de charger la vue de comparaison");
    expect(screen.getByText("Le reste de la page")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    expect(await screen.findByText("Partie test chargée")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });

  it("LazyPart shows its fallback, then the part with its props", async () => {
    let resolve!: (m: { default: typeof Part }) => void;
    const Lazy = retryableLazy(() => new Promise<{ default: typeof Part }>((r) => (resolve = r)));
    render(<LazyPart part={Lazy} what="la page" fallback={<p>Chargement de la page…</p>} props={{ name: "Ada" }} />);
    expect(screen.getByText("Chargement de la page…")).toBeInTheDocument();
    resolve({ default: Part });
    expect(await screen.findByText("Partie Ada chargée")).toBeInTheDocument();
  });

  it("renders a preloaded part at once, with no fallback", async () => {
    const Lazy = retryableLazy(() => Promise.resolve({ default: Part }));
    Lazy.preload();
    await new Promise((r) => setTimeout(r, 0));
    render(<LazyPart part={Lazy} what="la page" fallback={<p>Chargement de la page…</p>} props={{ name: "Ada" }} />);
    expect(screen.getByText("Partie Ada chargée")).toBeInTheDocument();
    expect(screen.queryByText("Chargement de la page…")).toBeNull();
  });

  it("LazyPart says what failed and retries with a fresh import", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    let calls = 0;
    const Lazy = retryableLazy(() => (++calls === 1 ? Promise.reject<{ default: typeof Part }>(new Error("réseau coupé")) : Promise.resolve({ default: Part })));
    render(<LazyPart part={Lazy} what="le glossaire" props={{ name: "Ada" }} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Impossible de charger le glossaire");
    await userEvent.click(screen.getByRole("button", { name: "Réessayer" }));
    expect(await screen.findByText("Partie Ada chargée")).toBeInTheDocument();
    expect(calls).toBe(2);
    vi.restoreAllMocks();
  });
});
