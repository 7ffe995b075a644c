/**
 * zod issues flattened into one problem per location, with unknown keys named one
 * by one ("did you mean") and union failures narrowed to the alternative the value
 * was evidently meant as.
 */
import { z } from 'zod';

import { didYouMean, listOf, quote } from '../describe.js';
import type { ValuePath } from './yaml-source.js';

export interface ValueProblem {
  path: PropertyKey[];
  /** The problem is the key itself (unknown or malformed), not its value. */
  atKey: boolean;
  /** The key is not one the schema knows (the value around it is otherwise usable). */
  unknownKey?: boolean;
  message: string;
}

/** Validates `value`; returns the parsed value, or the problems. */
export function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
): { ok: true; value: z.output<T> } | { ok: false; problems: ValueProblem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => flatten(schema, issue, [])) };
}

function flatten(root: z.ZodType, issue: z.core.$ZodIssue, prefix: PropertyKey[]): ValueProblem[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeysAt(root, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        unknownKey: true,
        message:
          `unknown key ${quote(key)}` +
          (didYouMean(key, known) || (known.length ? `; expected one of ${listOf(known)}` : '')),
      }));
    }
    case 'invalid_key':
      return [{ path, atKey: true, message: issue.issues[0]?.message ?? issue.message }];
    case 'invalid_union': {
      // Alternatives whose type matched (no wrong-type issue at the union itself).
      const meant = issue.errors.filter(
        (errors) => !errors.some((e) => e.path.length === 0 && e.code === 'invalid_type'),
      );
      if (meant.length === 1 && meant[0]!.length > 0) {
        return meant[0]!.flatMap((inner) => flatten(root, inner, path));
      }
      return [{ path, atKey: false, message: issue.message }];
    }
    default:
      return [{ path, atKey: false, message: issue.message }];
  }
}

/** Keys of the object schema(s) that can be at `path` (for "did you mean"). */
export function objectKeysAt(schema: z.ZodType, path: ValuePath): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return objectKeysAt(schema.unwrap() as z.ZodType, path);
  }
  if (schema instanceof z.ZodUnion) {
    return [...new Set((schema.options as z.ZodType[]).flatMap((option) => objectKeysAt(option, path)))];
  }
  const [head, ...rest] = path;
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    if (head === undefined) return Object.keys(shape);
    const next = shape[String(head)] ?? (schema.def.catchall as z.ZodType | undefined);
    return next ? objectKeysAt(next, rest) : [];
  }
  if (head === undefined) return [];
  if (schema instanceof z.ZodRecord) return objectKeysAt(schema.valueType as z.ZodType, rest);
  if (schema instanceof z.ZodArray) return objectKeysAt(schema.element as z.ZodType, rest);
  return [];
}
