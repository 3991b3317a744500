import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField, type Where } from 'payload'

/**
 * Guards that turn malformed requests into 400s with a readable message before they reach
 * code that would otherwise fail with a 500 (Payload passes them on to hooks and the DB).
 */

const RANGE_OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'in', 'not_in', 'all'])

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string' && value.includes(',')) return value.split(',')
  return [value]
}

function checkValue(field: FlattenedField, operator: string, value: unknown): string | undefined {
  if (!RANGE_OPERATORS.has(operator) || value === null || value === undefined || value === 'null') return
  for (const item of listOf(value)) {
    if (field.type === 'date' && Number.isNaN(Date.parse(String(item)))) {
      return `"${String(item)}" is not a date (${field.name} ${operator}); use an ISO date such as 2025-01-31.`
    }
    if (field.type === 'number' && (item === '' || Number.isNaN(Number(item)))) {
      return `"${String(item)}" is not a number (${field.name} ${operator}).`
    }
  }
}

function walk(where: Where, fields: FlattenedField[], problems: string[]) {
  for (const [key, condition] of Object.entries(where ?? {})) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      condition.forEach((w) => walk(w as Where, fields, problems))
      continue
    }
    const field = fields.find((f) => f.name === key)
    if (!field || !condition || typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition)) {
      const problem = checkValue(field, operator, value)
      if (problem) problems.push(problem)
    }
  }
}

export const guardRequest: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  if ((operation === 'create' || operation === 'update') && 'data' in args) {
    const data = (args as { data?: unknown }).data
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
      throw new APIError('The request body must be a JSON object with the fields to save.', 400, undefined, true)
    }
  }
  const where = (args as { where?: Where }).where
  if (where && typeof where === 'object') {
    const problems: string[] = []
    walk(where, collection.flattenedFields, problems)
    if (problems.length) throw new APIError(`Invalid query: ${problems.join(' ')}`, 400, undefined, true)
  }
  return args
}

export function withRequestGuards(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((c) => ({
    ...c,
    hooks: { ...c.hooks, beforeOperation: [guardRequest, ...(c.hooks?.beforeOperation ?? [])] },
  }))
}
