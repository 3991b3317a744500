/**
 * Passwords of 12 characters or more that appear near the top of public breach lists, in lower
 * case (the check lowers the candidate too). Shorter ones are refused by length already.
 */
export const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789101', '123123123123', '111111111111',
  '000000000000', '123412341234', '987654321098', '098765432109', '147258369147', '112233445566',
  'password1234', 'password12345', 'password123456', 'password123!', 'passwordpassword', 'password1!23',
  'p@ssw0rd1234', 'p@ssword1234', 'passw0rd1234', 'mypassword123', 'mypassword1234', 'newpassword123',
  'qwertyuiopas', 'qwertyuiop12', 'qwerty123456', 'qwertyqwerty', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'qazwsxedcrfv', 'zaq12wsxcde3', 'asdfghjkl123', 'asdfasdfasdf', 'zxcvbnm12345', 'abcdefghijkl',
  'abc123456789', 'abcd12345678', 'a1b2c3d4e5f6', 'iloveyou1234', 'iloveyou12345', 'iloveyouiloveyou',
  'welcome12345', 'welcome123456', 'letmein12345', 'changeme1234', 'changeme12345', 'administrator',
  'administrator1', 'admin1234567', 'adminadminadmin', 'rootroot1234', 'trustno11234', 'sunshine1234',
  'football1234', 'baseball1234', 'princess1234', 'superman1234', 'starwars1234', 'whatever1234',
  'computer1234', 'internet1234', 'michael12345', 'jennifer1234', 'christmas123', 'happybirthday',
  'correcthorsebatterystaple', 'thequickbrownfox', 'blessed12345', 'jesuschrist1', 'godisgood123',
  'texas1234567', 'houston12345', 'counseling123', 'counselling123', 'therapy12345', 'resilientmind',
  'resilientmind1', 'resilientmind123', 'letmeinplease', 'secretpassword', 'supersecret123',
  'masterpassword', 'default12345', 'test12345678', 'testtesttest', 'demo12345678', 'guest1234567',
])

/** Words that, with only digits and symbols added ("Welcome2024!!"), make a guessable password. */
export const COMMON_WORDS = new Set([
  'password', 'passw', 'pass', 'pw', 'qwerty', 'qwertyuiop', 'asdf', 'asdfgh', 'zxcvbnm', 'abc', 'abcd', 'admin',
  'administrator', 'root', 'letmein', 'welcome', 'iloveyou', 'monkey', 'dragon', 'sunshine', 'football',
  'baseball', 'princess', 'superman', 'starwars', 'master', 'shadow', 'secret', 'changeme', 'default',
  'test', 'guest', 'login', 'user', 'hello', 'freedom', 'whatever', 'trustno', 'summer', 'winter', 'spring',
  'autumn', 'fall', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'texas', 'houston', 'dallas', 'austin', 'counseling', 'counselling',
  'therapy', 'therapist', 'resilient', 'resilientmind', 'mind', 'payload', 'cms', 'jesus', 'god', 'love',
])
