// The chart follows the search results a frame later: the value changes only after a frame.
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useAfterPaint } from "../../../src/components/useAfterPaint.ts";

function Shown({ value }: { value: string }) {
  return <p>{useAfterPaint(value)}</p>;
}

describe("useAfterPaint", () => {
  it("keeps the previous value through the render that changes it, then takes it after a frame", async () => {
    const { rerender } = render(<Shown value="avant" />);
    rerender(<Shown value="après" />);
    expect(screen.getByText("avant")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText("après")).toBeInTheDocument());
  });
});
