import type { SharedErrorCodec } from '../cache/upstream-cache';
import { TownError, type TownErrorCode } from '../errors';

/**
 * A town's failure as replicas tell it to each other: its code, town, public message and
 * extensions. Never `detail` (the town's address, a system error): that stays in the logs of
 * the replica that met it. Any other error is a bug of that replica, not shared.
 */
export const townErrorCodec: SharedErrorCodec = {
  encode: (error) =>
    error instanceof TownError
      ? JSON.stringify({ code: error.code, town: error.town, message: error.message, extensions: error.extensions })
      : undefined,
  decode(text) {
    const { code, town, message, extensions } = JSON.parse(text) as {
      code: TownErrorCode;
      town: string;
      message: string;
      extensions: Record<string, unknown>;
    };
    return new TownError(code, town, message, { extensions });
  },
};
