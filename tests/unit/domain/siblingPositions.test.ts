import { describe, expect, it } from "vitest";
import { indexVersion, siblingPositions } from "../../../src/domain/hierarchy.ts";
import type { Unit, Version } from "../../../src/domain/schema.ts";

const unit = (id: string, parent: string | null) => ({ id, parent, name: id, kind: "bureau" }) as unknown as Unit;

describe("siblingPositions", () => {
  it("gives each unit its 1-based position among its siblings and their number, short and long lists alike", () => {
    const units = [unit("r", null), unit("a", "r"), unit("b", "r"), unit("c", "r")];
    for (let i = 0; i < 40; i++) units.push(unit(`a${i}`, "a"));
    const index = indexVersion({ id: "v", units } as unknown as Version);
    const position = siblingPositions(index);
    expect(position(units[0] as Unit)).toEqual({ setSize: 1, posInSet: 1 });
    expect(position(units[2] as Unit)).toEqual({ setSize: 3, posInSet: 2 });
    expect(position(units[4] as Unit)).toEqual({ setSize: 40, posInSet: 1 });
    expect(position(units[43] as Unit)).toEqual({ setSize: 40, posInSet: 40 });
  });
});
