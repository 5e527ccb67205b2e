import type { ScreenTexts } from './i18n';

type Key =
  | 'title'
  | 'loading'
  | 'retry'
  | 'notHandedOver'
  | 'newRequest'
  | 'component'
  | 'inPeriod'
  | 'outOfPeriod'
  | 'coveredUntil'
  | 'description'
  | 'descriptionPlaceholder'
  | 'photo'
  | 'photosChosen'
  | 'submit'
  | 'working'
  | 'created'
  | 'needDescription'
  | 'myRequests'
  | 'none'
  | 'reported'
  | 'visit_booked'
  | 'repaired'
  | 'closed'
  | 'reportedAt'
  | 'paidRepair'
  | 'photos'
  | 'visits'
  | 'accept'
  | 'accepted'
  | 'visitCancelled'
  | 'visitDone'
  | 'proposeTitle'
  | 'proposeDate'
  | 'morning'
  | 'afternoon'
  | 'evening'
  | 'propose'
  | 'proposed'
  | 'myWindows'
  | 'rateTitle'
  | 'stars'
  | 'comment'
  | 'rate'
  | 'rated'
  | 'yourRating';

export const WARRANTY_TEXTS: ScreenTexts<Key> = {
  'zh-CN': {
    title: '报修',
    loading: '加载中…',
    retry: '重试',
    notHandedOver: '房屋交付后才能报修。交付前发现的问题，请在“我的问题”中提出。',
    newRequest: '我要报修',
    component: '报修部位',
    inPeriod: '保修期内',
    outOfPeriod: '已过保修期（有偿维修）',
    coveredUntil: '保修至 {date}',
    description: '问题描述',
    descriptionPlaceholder: '例如：卫生间地面渗水到楼下',
    photo: '拍照或选择照片',
    photosChosen: '已选 {n} 张照片',
    submit: '提交报修',
    working: '提交中…',
    created: '报修已提交，客服会尽快与您联系。',
    needDescription: '请填写问题描述。',
    myRequests: '我的报修',
    none: '暂无报修记录。',
    reported: '已报修',
    visit_booked: '已预约上门',
    repaired: '已维修待评价',
    closed: '已完成',
    reportedAt: '报修时间 {time}',
    paidRepair: '过保修期，维修可能收费',
    photos: '照片',
    visits: '上门时间',
    accept: '确认此时间',
    accepted: '已确认',
    visitCancelled: '已取消',
    visitDone: '已上门',
    proposeTitle: '方便上门的时间',
    proposeDate: '日期',
    morning: '上午 9–12 点',
    afternoon: '下午 14–18 点',
    evening: '晚上 18–21 点',
    propose: '提交时间',
    proposed: '已提交方便的时间，客服会据此安排上门。',
    myWindows: '我提交的时间',
    rateTitle: '评价维修',
    stars: '{n} 星',
    comment: '评价（选填）',
    rate: '提交评价',
    rated: '感谢您的评价。',
    yourRating: '我的评价：{n} 星',
  },
  en: {
    title: 'Repairs',
    loading: 'Loading…',
    retry: 'Retry',
    notHandedOver: 'Repairs can be requested after handover. Report problems found before it as handover issues.',
    newRequest: 'Request a repair',
    component: 'Component',
    inPeriod: 'In warranty',
    outOfPeriod: 'Out of warranty (paid repair)',
    coveredUntil: 'Covered until {date}',
    description: 'What is wrong',
    descriptionPlaceholder: 'e.g. the bathroom floor leaks into the flat below',
    photo: 'Take or choose photos',
    photosChosen: '{n} photos chosen',
    submit: 'Send request',
    working: 'Sending…',
    created: 'Request sent; customer service will contact you soon.',
    needDescription: 'Please describe the problem.',
    myRequests: 'My requests',
    none: 'No repair requests yet.',
    reported: 'Reported',
    visit_booked: 'Visit booked',
    repaired: 'Repaired, awaiting your rating',
    closed: 'Done',
    reportedAt: 'Reported {time}',
    paidRepair: 'Out of warranty: the repair may be charged',
    photos: 'Photos',
    visits: 'Visit times',
    accept: 'Accept this time',
    accepted: 'Accepted',
    visitCancelled: 'Cancelled',
    visitDone: 'Visited',
    proposeTitle: 'When you are at home',
    proposeDate: 'Date',
    morning: 'Morning 9–12',
    afternoon: 'Afternoon 14–18',
    evening: 'Evening 18–21',
    propose: 'Send time',
    proposed: 'Time sent; customer service will book the visit accordingly.',
    myWindows: 'Times you proposed',
    rateTitle: 'Rate the repair',
    stars: '{n} stars',
    comment: 'Comment (optional)',
    rate: 'Send rating',
    rated: 'Thank you for your rating.',
    yourRating: 'Your rating: {n} stars',
  },
};
