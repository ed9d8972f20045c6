import { describe, expect, it } from 'vitest';
import { MemberOptionsError, parseMemberOptions } from './member-options';

const defaults = { membersDir: '/srv/members', registryFile: '/srv/demo/towns.json', networkUrl: 'http://127.0.0.1:4000/graphql' };
const parse = (line: string) => parseMemberOptions(line.split(' ').filter(Boolean), defaults);
const refusal = (line: string) => {
  try {
    parse(line);
  } catch (error) {
    expect(error).toBeInstanceOf(MemberOptionsError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${line}`);
};

describe('member:new options', () => {
  it('reads a whole command line', () => {
    expect(
      parse(
        '--code fleurus --name Fleurus --kind town --locales fr,de --plugins council,agenda,news --group province:hainaut --group region:wallonia --subscribe wallonia,member:seneffe --network https://gateway.communes.example/graphql --port 1350 --start --install --seed',
      ),
    ).toEqual({
      action: 'add',
      code: 'fleurus',
      name: 'Fleurus',
      kind: 'town',
      locales: ['fr', 'de'],
      domains: ['council', 'agenda', 'news'],
      groups: { province: 'hainaut', region: 'wallonia' },
      subscriptions: ['wallonia', 'member:seneffe'],
      networkUrl: 'https://gateway.communes.example/graphql',
      dir: '/srv/members/fleurus',
      registryFile: '/srv/demo/towns.json',
      port: 1350,
      publicUrl: undefined,
      start: true,
      install: true,
      seed: true,
    });
  });

  it("gives a member its kind's plugins when none are named", () => {
    const options = parse('--code zp-hainaut --name ZP --kind police-zone');
    expect(options).toMatchObject({
      kind: 'police-zone',
      domains: ['council', 'services', 'news', 'directory', 'alerts'],
      locales: ['fr'],
      networkUrl: 'http://127.0.0.1:4000/graphql',
    });
  });

  it('takes a member out with the code alone', () => {
    expect(parse('--code fleurus --remove --registry /etc/communes/towns.json')).toEqual({
      action: 'remove',
      code: 'fleurus',
      registryFile: '/etc/communes/towns.json',
    });
  });

  it('refuses what it cannot act on, saying what to type', () => {
    expect(refusal('--name Fleurus')).toMatch(/--code is missing/);
    expect(refusal('--code Fleurus --name Fleurus')).toMatch(/not a lowercase code/);
    expect(refusal('--code fleurus')).toMatch(/--name is missing/);
    expect(refusal('--code fleurus --name Fleurus --kind castle')).toMatch(/--kind "castle" is not one of town, social-welfare-centre/);
    expect(refusal('--code fleurus --name Fleurus --plugins news,weather')).toMatch(/no plugin "weather"/);
    expect(refusal('--code fleurus --name Fleurus --subscribe region:wallonia')).toMatch(
      /--subscribe: "region:wallonia" is neither a channel/,
    );
    expect(refusal('--code zp --name ZP --kind police-zone --plugins news,urbanism')).toMatch(/a police-zone installs .*; not urbanism/);
    expect(refusal('--code fleurus --name Fleurus --locales french')).toMatch(/--locales "french"/);
    expect(refusal('--code fleurus --name Fleurus --network file:///etc/passwd')).toMatch(
      /--network "file:\/\/\/etc\/passwd" is not http\(s\)/,
    );
    expect(refusal('--code fleurus --name Fleurus --network gateway')).toMatch(
      /--network "gateway" is not a URL such as http:\/\/127.0.0.1:4000\/graphql/,
    );
    expect(refusal('--code fleurus --name Fleurus --group hainaut')).toMatch(/--group "hainaut" is not kind:code/);
    expect(refusal('--code fleurus --name Fleurus --group province:hainaut --group province:namur')).toMatch(/province is given twice/);
    expect(refusal('--code fleurus --name Fleurus --port 99999')).toMatch(/--port "99999"/);
    expect(refusal('--code fleurus --name Fleurus --public-url javascript:alert(1)')).toMatch(/not http/);
    expect(refusal('--code fleurus --name Fleurus --colour blue')).toMatch(/colour/);
  });
});
