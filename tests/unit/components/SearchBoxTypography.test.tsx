// French typography in the search label's hint: the guillemets around « / » never leave a
// lone « or » at a line end (non-breaking spaces inside them).
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SearchBox } from "../../../src/components/SearchBox.tsx";

describe("SearchBox hint typography", () => {
  it("keeps « / » together with non-breaking spaces inside the guillemets", () => {
    const { container } = render(<SearchBox query="" onQueryChange={() => {}} groups={[]} allVersions={false} onAllVersionsChange={() => {}} onPick={() => {}} />);
    const hint = container.querySelector(".fr-hint-text")?.textContent ?? "";
    expect(hint).toContain("«\u00a0/\u00a0»");
    expect(hint).not.toMatch(/« | »/);
  });
});
