import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** The validated environment shared by api and worker; read once at boot. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @IsString()
  @Matches(/^[^\s:]+:\d+$/, { message: 'TEMPORAL_ADDRESS must be host:port, e.g. 127.0.0.1:7233' })
  TEMPORAL_ADDRESS!: string;

  @IsString()
  @IsNotEmpty()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  @IsNotEmpty()
  TEMPORAL_TASK_QUEUE = 'handover';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 12 * 3600;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  TEMPORAL_UI_URL?: string;

  @IsString()
  DEFAULT_TIME_ZONE = 'Asia/Shanghai';

  /** where defect photos are stored on local disk; defaults to <HANDOVER_DATA_DIR or the OS temp dir>/photos */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  PHOTO_STORAGE_DIR?: string;

  /** the built web console the API serves at /console; defaults to apps/web/dist under the working directory */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  WEB_CONSOLE_DIR?: string;

  /**
   * Lets briefing webhooks point at this machine or a private network (local test receivers). Off by default and
   * refused in production: such a URL would let any project lead aim the worker at internal services.
   */
  @Transform(({ value }) =>
    value === undefined
      ? undefined
      : value === 'true' || value === true
        ? true
        : value === 'false' || value === false
          ? false
          : value,
  )
  @IsBoolean({ message: 'WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false' })
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;
}

export class EnvironmentError extends Error {}

/** Validates `source` (process.env by default); the error names every missing or invalid variable. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => {
      const reasons = Object.values(error.constraints ?? {}).join('; ');
      return `  ${error.property}: ${source[error.property] === undefined ? 'missing' : reasons}`;
    });
    throw new EnvironmentError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  if (environment.NODE_ENV === 'production' && environment.WEBHOOK_ALLOW_PRIVATE_TARGETS) {
    throw new EnvironmentError(
      'Invalid environment configuration:\n  WEBHOOK_ALLOW_PRIVATE_TARGETS: cannot be true in production',
    );
  }
  return environment;
}
