import { languageOf } from './language';

describe('languageOf', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr-FR', 'zh-CN'],
    ['zh;q=0.2,en;q=0.8', 'en'],
    ['en;q=0,zh;q=0.1', 'zh-CN'],
    [';;;,,,q=abc', 'zh-CN'],
  ])('%p → %p', (header, expected) => {
    expect(languageOf(header)).toBe(expected);
  });
});
