import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CONTRACTOR_COMPANY_KINDS, type ContractorCompanyEntity, type ContractorCompanyKind } from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';

export class CreateContractorCompanyDto {
  @ApiProperty({ example: '中建八局第三建设有限公司' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: CONTRACTOR_COMPANY_KINDS, description: 'general_contractor (总包) or a trade (分包)' })
  @IsIn(CONTRACTOR_COMPANY_KINDS as unknown as string[])
  kind!: ContractorCompanyKind;
}

export class ListContractorCompaniesQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, description: 'part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ required: false, enum: CONTRACTOR_COMPANY_KINDS })
  @IsOptional()
  @IsIn(CONTRACTOR_COMPANY_KINDS as unknown as string[])
  kind?: ContractorCompanyKind;
}

export class AddProjectContractorDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() companyId!: string;
}

export class ContractorCompanyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CONTRACTOR_COMPANY_KINDS }) kind!: ContractorCompanyKind;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(company: ContractorCompanyEntity): ContractorCompanyDto {
    return { id: company.id, name: company.name, kind: company.kind, createdAt: company.createdAt.toISOString() };
  }
}

export class ContractorCompanyPageDto {
  @ApiProperty({ type: [ContractorCompanyDto] }) items!: ContractorCompanyDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
