import { TownError } from '../errors';

/**
 * What a town's failure costs: its own data. A `TownError` becomes `instead(error)`; any
 * other error is the gateway's own and fails the field as it should.
 */
export async function unlessTownFails<T>(read: Promise<T>, instead: (error: TownError) => T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (!(error instanceof TownError)) throw error;
    return instead(error);
  }
}
