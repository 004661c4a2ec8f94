import { describe, expect, it } from 'vitest';
import { bundledCoder, fixtureCoder } from '../helpers.js';

function actors(text: string, date = '2003-01-19'): string[] {
  const coded = fixtureCoder().codeArticle({ id: 't', text, date });
  return coded.sentences.flatMap((s) => s.actors.map((a) => `${a.text}=${a.code ?? '?'}`));
}

describe('actor mentions', () => {
  it.each([
    ["Japan's foreign minister spoke.", ["Japan's foreign minister=JPNGOV"]],
    ['Japanese officials spoke.', ['Japanese officials=JPNGOV']],
    ['The U.S. envoy spoke.', ['U.S. envoy=USAGOV']],
    ['North Korean troops moved.', ['North Korean troops=PRKMIL']],
    ['South Korean opposition leaders met.', ['South Korean opposition leaders=KOROPP']],
    ['United Nations inspectors left.', ['United Nations inspectors=IGOUNO']],
    ['Pyongyang refused.', ['Pyongyang=PRKGOV']],
    ['The White House said so.', ['White House=USAGOV']],
    ["North Korea's nuclear programs grew.", ['North Korea=PRK']],
    ['US officials and us.', ['US officials=USAGOV']],
    ['The president of Russia spoke.', ['president of Russia=RUSGOV']],
    ['Chinese and Japanese officials met.', ['Chinese=CHNGOV', 'Japanese officials=JPNGOV']],
    ['Then North Koreans marched.', ['North Koreans=PRKCVL']],
    ['Russian troops and soldiers moved.', ['Russian troops=RUSMIL', 'soldiers=RUSMIL']],
    ['Ethnic Russians in Japan marched.', ['Ethnic Russians=JPNCVL', 'Japan=JPN']],
    ['Russians marched to Japan.', ['Russians=RUSCVL', 'Japan=JPN']],
    ['Chinese-led troops moved.', ['Chinese=CHN', 'troops=CHNMIL']],
    ['United Nations-member Japan spoke.', ['United Nations-member Japan=JPN']],
    ['Former President Arthur Pell spoke.', ['Former President Arthur Pell=USAELI']],
    ['TOKYO - Russian troops attacked.', ['TOKYO=JPNGOV', 'Russian troops=RUSMIL']],
    ['Ousted President Arthur Pell spoke.', ['Ousted President Arthur Pell=USAELI']],
    ['Russian troops including soldiers moved.', ['Russian troops=RUSMIL', 'soldiers=RUSMIL']],
    ["Japan's foreign-minister spoke.", ["Japan's foreign-minister=JPNGOV"]],
    ['Chinese-backed troops moved.', ['Chinese=CHN', 'troops=?']],
    ['Japanese troops attacked Russia late Friday evening.', ['Japanese troops=JPNMIL', 'Russia=RUS']],
  ])('%s', (text, want) => {
    expect(actors(text)).toEqual(want);
  });

  it('gives a person the role held on the article date', () => {
    expect(actors('Arthur Pell spoke.', '2003-01-19')).toEqual(['Arthur Pell=USAGOV']);
    expect(actors('Arthur Pell spoke.', '2007-01-19')).toEqual(['Arthur Pell=USAELI']);
  });

  it('keeps date words out of names even when no publication date resolves them', () => {
    const coded = fixtureCoder().codeArticle({ id: 't', text: 'Russian troops attacked Tokyo Sunday.' });
    expect(coded.sentences[0]!.actors.map((a) => a.text)).toEqual(['Russian troops', 'Tokyo']);
  });

  it("joins a country's possessive to the person it names", () => {
    expect(actors("America's Arthur Pell spoke.")).toEqual(["America's Arthur Pell=USAGOV"]);
    expect(actors("Japan's Arthur Pell spoke.")).toEqual(['Japan=JPN', 'Arthur Pell=USAGOV']);
  });

  it('knows states only while they existed', () => {
    expect(actors('Then Russia spoke.', '1985-01-01')).toEqual(['Russia=?']);
    expect(actors('The Soviet Union spoke.', '1985-01-01')).toEqual(['Soviet Union=SUN']);
  });

  it('leaves lower-case words that are also names alone', () => {
    expect(actors('Farmers bought fine china.')).toEqual([]);
  });
});

describe('coreference', () => {
  it('links titles and bare surnames to a name seen earlier, even one no dictionary knows', () => {
    expect(actors('Japanese envoy Taro Ueda arrived. Mr. Ueda spoke. Later Ueda left.')).toEqual([
      'Japanese envoy Taro Ueda=JPNGOV',
      'Mr. Ueda=JPNGOV',
      'Ueda=JPNGOV',
    ]);
  });

  it('resolves he and it to the most salient earlier actor', () => {
    expect(actors('Arthur Pell met Japanese officials. He spoke. Pyongyang said it would talk.')).toEqual([
      'Arthur Pell=USAGOV',
      'Japanese officials=JPNGOV',
      'He=USAGOV',
      'Pyongyang=PRKGOV',
      'it=PRKGOV',
    ]);
  });

  it('prefers a subject in the pronoun\'s own sentence', () => {
    expect(actors('North Korea rejected China, but it met Japan.').slice(-2)).toEqual(['it=PRK', 'Japan=JPN']);
  });

  it('resolves a description to the candidate last talked about', () => {
    expect(actors('China spoke. The communist nation agreed.')).toEqual(['China=CHN', 'communist nation=CHN']);
    expect(actors('North Korea spoke. The communist nation agreed.')).toEqual(['North Korea=PRK', 'communist nation=PRK']);
  });

  it('gives a titled name set off after a coded role that role\'s code', () => {
    expect(actors("Japan's general, Marshal Taro Ueda, spoke.")).toEqual(["Japan's general=JPNMIL", "Japan's general, Marshal Taro Ueda=JPNMIL"]);
  });

  it('gives a name the code of the description set off after it', () => {
    expect(actors("Taro Ueda, Japan's leading envoy, spoke.")).toEqual(["Taro Ueda, Japan's leading envoy=JPNGOV", "Japan's leading envoy=JPNGOV"]);
  });

  it('gives "its troops" the country "it" refers to', () => {
    expect(actors('Japan said its troops would stay.')).toEqual(['Japan=JPN', 'troops=JPNMIL']);
  });

  it('gives a role with no country the country the sentence names', () => {
    expect(actors('The opposition in Japan protested.')).toEqual(['opposition in Japan=JPNOPP', 'Japan=JPN']);
    expect(actors('President Ueda Taro met Chinese officials.')).toEqual(['President Ueda Taro=CHNGOV', 'Chinese officials=CHNGOV']);
  });

  it('resolves a bare role noun to the last actor with that role noun', () => {
    expect(actors('The U.S. envoy arrived. The envoy spoke.')).toEqual(['U.S. envoy=USAGOV', 'envoy=USAGOV']);
  });

  it('lets "it" stand for a named armed group', () => {
    const real = bundledCoder().codeArticle({ id: 't', text: 'The ELN has said it will release the hostages.', date: '2020-01-01' });
    expect(real.sentences[0]!.actors.map((a) => `${a.text}=${a.code}`).slice(0, 2)).toEqual(['ELN=COLREBELN', 'it=COLREBELN']);
  });

  it('does not give a full name the office-holder who shares its surname', () => {
    const real = (text: string) => bundledCoder().codeArticle({ id: 't', text, date: '2020-01-01' }).sentences[0]!.actors.map((a) => `${a.text}=${a.code ?? '?'}`);
    expect(real('Odin Sanchez spoke.')).toEqual(['Odin Sanchez=?']);
    expect(real('Mr. Sanchez spoke.')).toEqual(['Mr. Sanchez=ESPGOV']);
  });

  it('names a body described and then named, the name set off by commas, as the description', () => {
    const real = (text: string) => bundledCoder().codeArticle({ id: 't', text, date: '2010-01-01' }).sentences[0]!.actors.map((a) => `${a.text}=${a.code ?? '?'}`);
    expect(real('The main Somali rebel group, Forces for National Unity, attacked Kenyan troops.')).toEqual([
      'main Somali rebel group=SOMREB',
      'main Somali rebel group, Forces for National Unity=SOMREB',
      'Kenyan troops=KENMIL',
    ]);
  });

  it("does not take a role phrase's capitalised modifier for a name a later phrase may use", () => {
    const real = bundledCoder().codeArticle({ id: 't', text: "The Hutu rebel group demanded that Burundi's government grant the Hutu majority more rights.", date: '2010-01-01' });
    expect(real.sentences[0]!.actors.map((a) => `${a.text}=${a.code ?? '?'}`)).not.toContain('Hutu majority more rights=BDIREB');
  });

  it('does not join a capitalised word and a known actor across "for"', () => {
    const real = bundledCoder().codeArticle({ id: 't', text: 'Weapons for Hezbollah were seized.', date: '2010-01-01' });
    expect(real.sentences[0]!.actors.map((a) => a.text)).toEqual(['Hezbollah']);
  });
});
