import { describe, expect, it } from 'vitest';
import { rankedWindow } from './ranked-window';

const forward = (size: number) => ({ backward: false, size });
const backward = (size: number) => ({ backward: true, size });

describe('rankedWindow', () => {
  it('pages forward from the start, then after a cursor', () => {
    expect(rankedWindow(5, forward(2), undefined, undefined)).toEqual({ start: 0, end: 2, hasNextPage: true, hasPreviousPage: false });
    expect(rankedWindow(5, forward(2), 2, undefined)).toEqual({ start: 2, end: 4, hasNextPage: true, hasPreviousPage: true });
    expect(rankedWindow(5, forward(2), 4, undefined)).toEqual({ start: 4, end: 5, hasNextPage: false, hasPreviousPage: true });
  });

  it('pages backward from the end, then before a cursor', () => {
    expect(rankedWindow(5, backward(2), undefined, undefined)).toEqual({ start: 3, end: 5, hasNextPage: false, hasPreviousPage: true });
    // The cursor of the match at index 3 holds 4: the page before it is indexes 1 and 2.
    expect(rankedWindow(5, backward(2), undefined, 4)).toEqual({ start: 1, end: 3, hasNextPage: true, hasPreviousPage: true });
    expect(rankedWindow(5, backward(2), undefined, 2)).toEqual({ start: 0, end: 1, hasNextPage: true, hasPreviousPage: false });
  });

  it('keeps to what lies between after and before', () => {
    expect(rankedWindow(9, forward(5), 2, 5)).toMatchObject({ start: 2, end: 4 });
    expect(rankedWindow(9, backward(5), 2, 5)).toMatchObject({ start: 2, end: 4 });
    expect(rankedWindow(9, forward(5), 6, 3)).toMatchObject({ start: 6, end: 6 });
  });

  it('gives an empty page past the end, or of size 0', () => {
    expect(rankedWindow(3, forward(2), 10, undefined)).toEqual({ start: 3, end: 3, hasNextPage: false, hasPreviousPage: true });
    expect(rankedWindow(3, forward(0), undefined, undefined)).toEqual({ start: 0, end: 0, hasNextPage: true, hasPreviousPage: false });
    expect(rankedWindow(0, backward(2), undefined, undefined)).toEqual({ start: 0, end: 0, hasNextPage: false, hasPreviousPage: false });
  });
});
