import { Module } from '@nestjs/common';

/** Field operations (issue 5): what the teams record every day, from the unit inspection to the last key. */
@Module({
  imports: [],
})
export class FieldModule {}
