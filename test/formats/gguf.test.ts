import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FindingList } from '../../src/formats/findings.js';
import { parseGguf } from '../../src/formats/gguf.js';
import { ggufBytes } from '../support/model-writers.js';
import { useTempDir } from '../support/temp.js';

describe('GGUF', () => {
  const dir = useTempDir();
  const check = async (bytes: Buffer) => {
    const path = join(dir(), 'm.gguf');
    writeFileSync(path, bytes);
    const findings = new FindingList('m.gguf');
    const result = await parseGguf(path, bytes.length, findings);
    return {
      result,
      codes: findings.items.map((f) => f.code),
      messages: findings.items.map((f) => f.message).join('\n'),
    };
  };
  // F32 [4,8] = 128 bytes at 0, Q4_0 [64] = 2 blocks x 18 = 36 bytes at 128.
  const tensors = [
    { name: 'tok_embd', dims: [4, 8], type: 0, offset: 0 },
    { name: 'blk.0.attn_q', dims: [64], type: 2, offset: 128 },
  ];

  test('a valid v3 file', async () => {
    const { result, codes } = await check(ggufBytes({ tensors, dataBytes: 164 }));
    expect(codes).toEqual([]);
    expect(result.tensors).toEqual({ tensors: 2, parameters: 96, dtypes: { F32: 1, Q4_0: 1 } });
    expect(result.details?.architecture).toBe('llama');
  });

  test('a tensor count of 2^40 is rejected before anything is read', async () => {
    const { codes, messages } = await check(
      ggufBytes({ tensors, dataBytes: 164, tensorCount: 2n ** 40n }),
    );
    expect(codes).toEqual(['GGUF_MALFORMED']);
    expect(messages).toMatch(/tensor count 1099511627776 cannot fit/);
  });

  test('a metadata count of 2^63', async () => {
    expect((await check(ggufBytes({ tensors, dataBytes: 164, kvCount: 2n ** 63n }))).codes).toEqual(
      ['GGUF_MALFORMED'],
    );
  });

  test('a misaligned tensor offset', async () => {
    const bad = [tensors[0], { ...tensors[1], offset: 130 }];
    expect((await check(ggufBytes({ tensors: bad, dataBytes: 200 }))).codes).toContain(
      'GGUF_MISALIGNED',
    );
  });

  test('a tensor past the end of the file', async () => {
    expect((await check(ggufBytes({ tensors, dataBytes: 150 }))).codes).toEqual([
      'GGUF_OUT_OF_BOUNDS',
    ]);
  });

  test('version 4 is unsupported', async () => {
    expect((await check(ggufBytes({ version: 4, tensors, dataBytes: 164 }))).messages).toMatch(
      /version 4/,
    );
  });

  test('a truncated header', async () => {
    const bytes = ggufBytes({ tensors, dataBytes: 164 }).subarray(0, 60);
    expect((await check(bytes)).codes).toEqual(['GGUF_MALFORMED']);
  });

  describe('chat templates (Jinja the loader renders)', () => {
    const withTemplate = (template: string) =>
      ggufBytes({
        tensors,
        dataBytes: 164,
        metadata: { 'general.architecture': 'llama', 'tokenizer.chat_template': template },
      });
    // ChatML (Qwen, and many others) and Llama 3's template, as published with the models.
    const chatml =
      "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
    const llama3 =
      "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}";

    test.each([
      ['ChatML', chatml],
      ['Llama 3', llama3],
      [
        'raise_exception and namespace',
        "{% set ns = namespace(found=false) %}{% if messages[0]['role'] != 'system' %}{{ raise_exception('no system') }}{% endif %}",
      ],
    ])('%s passes', async (_name, template) => {
      expect((await check(withTemplate(template))).codes).toEqual([]);
    });

    test.each([
      // CVE-2024-34359 (llama-cpp-python): the template reaches os through Python internals.
      [
        'the CVE-2024-34359 payload',
        "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
      ],
      [
        'subclasses through a literal list',
        '{% for c in [].__class__.__base__.__subclasses__() %}{% endfor %}',
      ],
      ['a name joined from pieces', "{{ ''|attr('__cla' ~ 'ss__') }}"],
      ['a name spelled with escapes', "{{ cycler['\\x5f\\x5finit\\x5f\\x5f'] }}"],
      ['str.format reaching attributes', "{{ '{0.__class__}'.format(x) }}"],
      ['another template read from a file', "{% include 'other.jinja' %}"],
      ['an unclosed expression', '{{ messages[0]'],
    ])('%s is an error', async (_name, template) => {
      const { codes, messages } = await check(withTemplate(template));
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['GGUF_CHAT_TEMPLATE']));
      expect(messages).toMatch(/^tokenizer\.chat_template: /);
    });
  });
});
