import * as z from 'zod';
import { describeValue } from './describe-value.js';
import { invalid } from './errors.js';
import { DECIMAL_STRING_PATTERN } from './money.js';
import { readOptions } from './read-options.js';
import { scalarKinds } from './schemas.js';

/** Options for {@link toJsonSchema}. */
export interface ToJsonSchemaOptions {
  /** Describe what the schema accepts (`'input'`, the default) or what parsing returns (`'output'`). */
  io?: 'input' | 'output';
}

/**
 * Exports a socialkit schema as JSON Schema (draft 2020-12) for other
 * languages' backends, over `z.toJSONSchema`. Money is rendered as a decimal
 * string (`{ type: 'string', pattern }`), instants as date-time strings
 * (`{ type: 'string', format: 'date-time' }`): the JSON a socialkit value
 * serializes to.
 *
 * @param schema - any zod schema, typically a socialkit `XxxSchema`
 * @param options - `io`: describe the input (default) or the output
 * @returns the JSON Schema as a plain object
 * @example
 * toJsonSchema(MoneySchema).type; // 'string'
 * toJsonSchema(InstantSchema).format; // 'date-time'
 */
export function toJsonSchema(schema: z.ZodType, options: ToJsonSchemaOptions = {}): Record<string, unknown> {
  if (!(schema instanceof z.core.$ZodType)) throw invalid('invalidType', `schema must be a zod schema, got ${describeValue(schema)}`, 'schema');
  const { io = 'input' } = readOptions<ToJsonSchemaOptions>(options, 'options', ['io']);
  if (io !== 'input' && io !== 'output') throw invalid('invalidType', `io must be 'input' or 'output', got ${describeValue(io)}`, ['options', 'io']);
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      const kind = scalarKinds.get(ctx.zodSchema)?.kind;
      if (kind === undefined) return;
      const target = ctx.jsonSchema as Record<string, unknown>;
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- zod's override hook asks for the JSON Schema object to be rewritten in place
      for (const key of Object.keys(target)) delete target[key];
      if (kind === 'money') {
        Object.assign(target, { type: 'string', pattern: DECIMAL_STRING_PATTERN.source, description: 'A decimal amount, as a string' });
      } else {
        Object.assign(target, { type: 'string', format: 'date-time' });
      }
    },
  });
}
