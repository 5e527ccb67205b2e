import {
  areaDifference,
  handoverFees,
  multiplyAreaByPrice,
  type AreaDifference,
  type HandoverFees,
} from '@handover/domain';
import type { ProjectFeeSettingsEntity } from '@handover/database';
import type { HandoverUnit } from './unit-handover.repository';

type DuesUnit = Pick<HandoverUnit, 'contractedAreaCenti' | 'surveyedAreaCenti' | 'priceFenPerSqm'>;

/** 面积补差 of a unit at its contract price, with the project's threshold (or the default one). */
export function areaDifferenceOf(unit: DuesUnit, settings: ProjectFeeSettingsEntity | null): AreaDifference {
  return areaDifference({
    contractedAreaCenti: unit.contractedAreaCenti,
    surveyedAreaCenti: unit.surveyedAreaCenti,
    priceFenPerSqm: Number(unit.priceFenPerSqm),
    refundThresholdBp: settings?.refundThresholdBp ?? undefined,
  });
}

/** 合同总价 and the fees collected at handover (物业费预收, 契税, 公共维修基金) under the project's fee settings. */
export function feesOf(
  unit: DuesUnit,
  settings: ProjectFeeSettingsEntity,
): { contractPriceFen: number; fees: HandoverFees } {
  const contractPriceFen = multiplyAreaByPrice(unit.contractedAreaCenti, Number(unit.priceFenPerSqm));
  const fees = handoverFees({
    surveyedAreaCenti: unit.surveyedAreaCenti,
    propertyFeeFenPerSqmMonth: Number(settings.propertyFeeFenPerSqmMonth),
    prepaidMonths: settings.prepaidMonths,
    deedTaxRateBp: settings.deedTaxRateBp,
    contractPriceFen,
    maintenanceFundFenPerSqm: Number(settings.maintenanceFundFenPerSqm),
  });
  return { contractPriceFen, fees };
}
