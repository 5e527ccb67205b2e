import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { TokenService } from '../auth/token.service';
import { CreateUserDto } from '../users/dto/create-user.dto';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { loadCliEnvironment } from './cli-environment';
import { CliModule } from './cli.module';

const USAGE = `Usage:
  npm run users -- create --name <name> --role <project_lead|department_head|hq|admin> [--department <dept>]
  npm run users -- token --user <user id>
Prints JSON with the user's id and a bearer token.`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      department: { type: 'string' },
      user: { type: 'string' },
    },
  });
  if (command !== 'create' && command !== 'token') throw new Error(USAGE);
  loadCliEnvironment();
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    if (command === 'create') {
      const dto = plainToInstance(CreateUserDto, {
        name: values.name,
        role: values.role,
        department: values.department,
      });
      const errors = validateSync(dto, { whitelist: true }).flatMap((error) => Object.values(error.constraints ?? {}));
      if (errors.length > 0) throw new Error(`${errors.join('\n')}\n\n${USAGE}`);
      const { user, token } = await app.get(UsersService).create(dto, null);
      process.stdout.write(`${JSON.stringify({ ...user, token }, null, 2)}\n`);
    } else {
      const user = values.user ? await app.get(UsersRepository).findById(values.user) : null;
      if (!user) throw new Error(`No user ${values.user ?? '(missing --user)'}.\n\n${USAGE}`);
      process.stdout.write(`${JSON.stringify({ ...user, token: app.get(TokenService).mint(user.id) }, null, 2)}\n`);
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
