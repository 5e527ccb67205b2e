import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { UserEntity } from '@handover/database';
import { TokenService } from '../auth/token.service';
import { UsersService } from '../users/users.service';
import { CliModule } from './cli.module';

/** Run by `npm start`: makes sure an admin exists and writes a fresh admin token into the data dir. */
async function main(): Promise<void> {
  const dataDir = process.env.HANDOVER_DATA_DIR;
  if (!dataDir) throw new Error('HANDOVER_DATA_DIR is missing');
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    let admin = await app
      .get(DataSource)
      .manager.findOne(UserEntity, { where: { role: 'admin' }, order: { createdAt: 'ASC' } });
    if (!admin) {
      const { user } = await app.get(UsersService).create({ name: 'Administrator', role: 'admin' }, null);
      admin = { id: user.id } as UserEntity;
    }
    const file = path.join(dataDir, 'admin-token');
    fs.writeFileSync(file, `${app.get(TokenService).mint(admin.id)}\n`, { mode: 0o600 });
    process.stdout.write(`Admin token   ${file}  (admin user ${admin.id})\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
