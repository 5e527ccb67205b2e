import { addressScope, robotWebhookUrlProblem } from './robot-webhook-target';

const strict = { allowPrivateTargets: false };
const testing = { allowPrivateTargets: true };

describe('addressScope', () => {
  it.each([
    ['127.0.0.1', 'private'],
    ['127.255.1.2', 'private'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'private'],
    ['100.64.0.1', 'private'],
    ['0.0.0.0', 'private'],
    ['224.0.0.1', 'private'],
    ['::1', 'private'],
    ['::', 'private'],
    ['0:0:0:0:0:0:0:1', 'private'],
    ['::ffff:127.0.0.1', 'private'],
    ['::ffff:7f00:1', 'private'],
    ['fd00::1', 'private'],
    ['fe80::1%eth0', 'private'],
    ['ff02::1', 'private'],
    ['172.32.0.1', 'public'],
    ['101.226.1.1', 'public'],
    ['8.8.8.8', 'public'],
    ['2408:8000::1', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['qyapi.weixin.qq.com', null],
    ['1.2.3', null],
    ['1::2::3', null],
  ])('%s is %s', (address, scope) => {
    expect(addressScope(address)).toBe(scope);
  });
});

describe('robotWebhookUrlProblem', () => {
  it('accepts the two robot hosts over https', () => {
    expect(robotWebhookUrlProblem('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', strict)).toBeNull();
    expect(robotWebhookUrlProblem('https://oapi.dingtalk.com/robot/send?access_token=t', strict)).toBeNull();
  });

  it.each([
    'http://127.0.0.1:5432/',
    'http://localhost:7233/',
    'http://[::1]:8233/',
    'http://0x7f.1/',
    'http://2130706433/',
    'https://10.0.0.5/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::ffff:127.0.0.1]/',
    'http://api.localhost/',
  ])('refuses %s unless the operator allows private targets', (url) => {
    expect(robotWebhookUrlProblem(url, strict)).toBe('must not point at this machine or a private network');
    expect(robotWebhookUrlProblem(url, testing)).toBeNull();
  });

  it('refuses every other host, scheme or credential', () => {
    expect(robotWebhookUrlProblem('http://qyapi.weixin.qq.com/x', strict)).toBe('must use https');
    expect(robotWebhookUrlProblem('https://internal.example.com/hook', testing)).toMatch(/group-robot URL/);
    expect(robotWebhookUrlProblem('https://qyapi.weixin.qq.com:8443/x', strict)).toBe(
      'must use the standard https port',
    );
    expect(robotWebhookUrlProblem('ftp://127.0.0.1/x', testing)).toBe('must be an http(s) URL');
    expect(robotWebhookUrlProblem('https://u:p@qyapi.weixin.qq.com/x', strict)).toBe(
      'must not carry a user name or password',
    );
    expect(robotWebhookUrlProblem('not a url', strict)).toBe('must be a URL');
    expect(robotWebhookUrlProblem(42, strict)).toBe('must be a URL');
  });
});
