// The fuzzer's own parts: inputs are reproduced from their seed, every nesting shape parses
// as Go at depth 1, and the minimiser finds the smallest failing input of a known predicate.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GoParser } from '../../server/src/engine/go/parser';
import { loadCorpus } from './corpus';
import { syntaxErrorCount } from './errors';
import { generateInput, type FuzzInput } from './input';
import { minimise } from './minimise';
import { NESTING_SHAPES, nestedFile } from './nesting';
import { inputSeed } from './prng';

test('an input is the same bytes every time its seed is used, and seeds differ per input', () => {
  const corpus = loadCorpus();
  const a = generateInput(inputSeed(7, 3), corpus);
  const b = generateInput(inputSeed(7, 3), corpus);
  assert.deepEqual(a, b);
  assert.notDeepEqual(generateInput(inputSeed(7, 4), corpus).files, a.files);
});

test('25 nesting shapes, each valid Go when nested twice', async () => {
  const parser = await GoParser.load();
  assert.equal(NESTING_SHAPES.length, 25);
  for (const shape of NESTING_SHAPES) assert.equal(syntaxErrorCount(parser, nestedFile(shape, 2)), 0, shape.name);
});

test('the minimiser keeps only the file and the bytes that make the input fail', async () => {
  const input: FuzzInput = {
    files: [
      ['go.mod', Buffer.from('module example.com/m\n\ngo 1.23\n')],
      ['a.go', Buffer.from('package a\n\nfunc f() {\n\tx := 1 // BUG here\n\t_ = x\n}\n')],
      ['b.go', Buffer.from('package a\n')],
    ],
    mutations: [],
  };
  const fails = async (candidate: FuzzInput) => candidate.files.some(([, bytes]) => bytes.includes('BUG'));
  const small = await minimise(input, fails);
  assert.deepEqual(
    small.files.map(([file, bytes]) => [file, bytes.toString()]),
    [['a.go', 'BUG']],
  );
});
