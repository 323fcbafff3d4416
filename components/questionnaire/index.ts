import './questionnaire.css';

export { AnswerHistory, type AnswerHistoryEntry } from './AnswerHistory';
export { ChangeHistory } from './ChangeHistory';
export { AnswerInput } from './AnswerInput';
export { EvidenceList } from './EvidenceList';
export { QuestionCard, questionHeadingId } from './QuestionCard';
export { ReviewRecordForm } from './ReviewRecordForm';
export { SectionNav, sectionTabId, type SectionTab } from './SectionNav';
export { SuggestionBox } from './SuggestionBox';
export { VERDICT_CLASSES, VerdictPanel } from './VerdictPanel';
export { ChoiceInput } from './inputs/ChoiceInput';
export { DateInput } from './inputs/DateInput';
export { DateRangeInput } from './inputs/DateRangeInput';
export { DurationInput } from './inputs/DurationInput';
export { ListWithOwnerInput } from './inputs/ListWithOwnerInput';
export { MultiInput } from './inputs/MultiInput';
export { TextInput } from './inputs/TextInput';
export { YesNoInput } from './inputs/YesNoInput';
