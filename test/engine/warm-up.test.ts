import { beforeAll, describe, expect, it } from 'vitest'
import { editDistance } from '../../src/edit-distance.js'
import { loadFastEngine } from '../../src/engine/fast.js'
import type { SpellEngine } from '../../src/engine/types.js'
import { warmUp, warmUpWords } from '../../src/engine/warm-up.js'

let engine: SpellEngine
let suggested: [string, string[]][]

beforeAll(async () => {
  engine = await loadFastEngine({ words: [], names: [] })
  suggested = warmUpWords.map((word) => [word, engine.suggest(word, 5)])
})

describe('the suggestion worker’s warm-up', () => {
  it('searches every word it lists, asking for five suggestions', () => {
    const asked: [string, number][] = []
    warmUp((word, limit) => {
      asked.push([word, limit])
      return []
    })
    expect(asked).toEqual(warmUpWords.map((word) => [word, 5]))
  })

  it('lists only misses, so that each one is searched', () => {
    for (const word of warmUpWords) expect(engine.isCorrect(word), word).toBe(false)
  })

  it('takes the suggester’s paths: one edit, two edits, restored case, and a split', () => {
    const distances = suggested.map(([word, found]) =>
      Math.min(...found.map((suggestion) => editDistance(word, suggestion, 3))),
    )
    expect(distances).toContain(1)
    expect(distances).toContain(2)
    const all = suggested.flatMap(([, found]) => found)
    expect(all).toContain('RECEIVE')
    expect(all).toContain('Government')
    expect(all.some((suggestion) => suggestion.includes(' '))).toBe(true)
  })
})
