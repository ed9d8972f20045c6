/** Codes a tool can act on when a model is invalid. */
export const ModelErrorCode = {
  UnknownFieldKind: 'UNKNOWN_FIELD_KIND',
  UnknownRelationTarget: 'UNKNOWN_RELATION_TARGET',
  InvalidRelation: 'INVALID_RELATION',
  DuplicateName: 'DUPLICATE_NAME',
  ReservedName: 'RESERVED_NAME',
  InvalidName: 'INVALID_NAME',
  InvalidOption: 'INVALID_OPTION',
  UnknownField: 'UNKNOWN_FIELD',
} as const;
export type ModelErrorCode = (typeof ModelErrorCode)[keyof typeof ModelErrorCode];

export interface ModelIssue {
  code: ModelErrorCode;
  /** The content type (its singular name) or value type the issue is in. */
  type: string;
  /** The field, when the issue is about one. */
  field?: string;
  message: string;
}

/** Thrown by `resolveModel` with every issue found, so one run shows them all. */
export class ModelError extends Error {
  readonly issues: readonly ModelIssue[];

  constructor(issues: readonly ModelIssue[]) {
    super(
      `The content model is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `- ${issue.message}`).join('\n'),
    );
    this.name = 'ModelError';
    this.issues = issues;
  }
}
