/**
 * Strapi 5's documentId: a cuid2 of 24 lowercase letters and digits. Every place that takes
 * one from a client (a REST path, an OParl URL, an Open311 id, a global id) checks it with
 * this, so that a town is never asked for something that cannot be an entry.
 */
export const DOCUMENT_ID = /^[a-z0-9]{24}$/;

export const isDocumentId = (value: unknown): boolean => typeof value === 'string' && DOCUMENT_ID.test(value);
