import { describe, expect, it } from 'vitest';
import { composeShares, globalPosition, ownsPosition, positionsOwned } from '../src/engine/load-share.js';

describe('load shares', () => {
  it('split any total exactly: the parts add up and each position has one owner', () => {
    for (const count of [1, 2, 3, 4, 7]) {
      for (const total of [0, 1, 2, 5, 50, 101]) {
        let sum = 0;
        for (let index = 0; index < count; index++) {
          const share = { index, count };
          const owned = positionsOwned(share, total);
          sum += owned;
          for (let local = 0; local < owned; local++) {
            const position = globalPosition(share, local);
            expect(position).toBeLessThan(total);
            expect(ownsPosition(share, position)).toBe(true);
          }
        }
        expect(sum).toBe(total);
      }
    }
  });

  it('compose: the workers of every shard together own each position once', () => {
    const owners = new Map<number, number>();
    for (let shard = 0; shard < 4; shard++) {
      for (let worker = 0; worker < 3; worker++) {
        const share = composeShares({ index: shard, count: 4 }, { index: worker, count: 3 });
        for (let position = 0; position < 120; position++) {
          if (ownsPosition(share, position)) owners.set(position, (owners.get(position) ?? 0) + 1);
        }
      }
    }
    expect(owners.size).toBe(120);
    expect([...owners.values()].every((n) => n === 1)).toBe(true);
  });
});
