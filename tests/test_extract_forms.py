"""Extraction on the forms news takes beyond the plain wire story: transcripts and
interviews, quotes hung on verbs without their own subject, counts spread over sentences,
ordinal and completed exchanges. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, Span

from kg.documents import Document
from kg.extract.actors import _with_given_name
from kg.extract.dates import _same_days
from kg.extract.events.returns import count_of
from kg.extract.events.vocabulary import among_them
from kg.extract.furniture import blank_furniture, signed_letters, speaker_turns
from kg.extract.sentences import restore_subjects
from tests.conftest import exchanges_as_read, names, said


def _speakers_of(facts, words: str) -> set[str | None]:  # noqa: ANN001
    return {speaker for speaker, text in said(facts) if words in text}


# -- statements --------------------------------------------------------------------------------

def test_a_quote_hung_on_a_participle_is_said_by_the_main_verbs_subject(extract) -> None:  # noqa: ANN001
    facts = extract('Ambassador Tomas Varga declined to give details, telling journalists only '
                    'that "the talks will go on for as long as they need to."')
    assert _speakers_of(facts, "the talks will go on") == {"Tomas Varga"}


def test_according_to_a_title_and_the_name_set_off_is_the_named_persons(extract) -> None:  # noqa: ANN001
    facts = extract("According to Kosovo's ombudsman, Naim Qelaj, more than 300 Kosovars have been freed so far.")
    assert said(facts) == {("Naim Qelaj", "more than 300 Kosovars have been freed so far")}


def test_a_closing_said_after_a_title_and_name_set_off_is_the_named_persons(extract) -> None:  # noqa: ANN001
    facts = extract("The freed men were driven to the crossing, where they were handed over to Latvian diplomats, "
                    "the envoy, Rolf Andersen, said.")
    assert said(facts) == {("Rolf Andersen", "The freed men were driven to the crossing, where they were handed "
                                             "over to Latvian diplomats")}


def test_a_closing_said_by_a_description_given_before_is_that_persons(extract) -> None:  # noqa: ANN001
    facts = extract("The handover was arranged by Father Luc Morel, a Catholic priest in Jacmel. The gang had first "
                    "asked for a large ransom, the priest said.")
    assert _speakers_of(facts, "The gang had first asked for a large ransom") == {"Luc Morel"}


def test_a_titled_name_and_a_colon_label_a_blog_entrys_quote(extract) -> None:  # noqa: ANN001
    facts = extract('14:20 — Union President Marta Solis: "This is the best news our members have had all year."')
    assert _speakers_of(facts, "the best news our members have had") == {"Marta Solis"}


def test_an_interview_cue_over_a_documentarys_answer_labels_it(extract) -> None:  # noqa: ANN001
    facts = extract("NARRATOR (V.O.): In 1962 the two sides met on a bridge.\n"
                    "INTERVIEW — DR. PAULA REYNA, historian, University of Lima:\n"
                    "It is important to be precise. The fishermen were ransomed, not exchanged.\n"
                    "NARRATOR (V.O.): Fifty years later the talks began again.")
    assert _speakers_of(facts, "The fishermen were ransomed") == {"Paula Reyna"}


def test_a_clip_cue_without_brackets_labels_the_quote_after_it(extract) -> None:  # noqa: ANN001
    facts = extract('PRESENTER: What are officials saying?\nREPORTER: The minister called it a one-off.\n'
                    'CLIP — HAILE GEBRE TESFAYE (translated from Amharic): "Not a single birr changed hands for them."')
    assert _speakers_of(facts, "Not a single birr changed hands") == {"Haile Gebre Tesfaye"}


def test_a_quote_said_in_a_statement_read_out_is_the_quote_alone(extract) -> None:  # noqa: ANN001
    facts = extract('"This is a humanitarian step that serves both peoples," Chad\'s Ministry of Justice said in a '
                    'statement read out on state television.')
    assert said(facts) == {("Ministry of Justice of Chad", "This is a humanitarian step that serves both peoples")}


def test_a_name_and_colon_after_a_sentence_ending_in_a_capitalised_word_label_the_quote(extract) -> None:  # noqa: ANN001,E501
    facts = extract('The historian Pavel Orlov joined us this week.\n00:00 - Cold open: two bodies came home to Chad '
                    'in July. Orlov: "People keep calling that a swap. It was a funeral."')
    assert _speakers_of(facts, "It was a funeral") == {"Pavel Orlov"}


def test_what_was_described_as_a_swap_was_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 4 May 2021, in what was loosely described as a swap, the Chilean pilot Juan Soto walked free in Lima on "
        "the day that Chile released a Peruvian engineer.", published="2025-06-27"))
    assert swap["parties"] == {"Chile", "Peru"}


@pytest.mark.parametrize("verb", ["maintained", "contended", "conceded", "complained"])
def test_more_verbs_of_saying_report_what_follows(extract, verb: str) -> None:  # noqa: ANN001
    facts = extract(f"Chad has always {verb} that the men were deserters, not prisoners.")
    assert said(facts) == {("Chad", "the men were deserters, not prisoners")}


def test_according_to_a_title_someone_holds_already_the_name_after_it_is_what_was_said(extract) -> None:  # noqa: ANN001,E501
    facts = extract("Ombudsman Olga Marin said on Friday that 40 people had been freed. According to the ombudsman, "
                    "Ion Rusu, a medic from Balti, was among them.")
    assert _speakers_of(facts, "a medic from Balti, was among them") == {"Olga Marin"}


def test_a_description_with_a_clause_of_its_own_is_another_person(extract) -> None:  # noqa: ANN001
    facts = extract("Ion Rusu, a doctor from Balti, was freed in last year's swap. On Tuesday another 90 soldiers came "
                    "home. The doctor who examined them at the border said most were underweight.")
    assert _speakers_of(facts, "most were underweight") == set()


def test_what_a_statement_read_out_on_television_says_is_said(extract) -> None:  # noqa: ANN001
    facts = extract("Colonel Ali Mahamat said in a statement read out on national television that the hostages had "
                    "been freed unharmed.")
    assert said(facts) == {("Ali Mahamat", "the hostages had been freed unharmed")}


def test_a_closing_said_after_a_name_and_its_title_leaves_both_out_of_what_was_said(extract) -> None:  # noqa: ANN001,E501
    facts = extract("The men were handed over in Abu Dhabi, Berg, the envoy, said.")
    assert said(facts) == {("Berg", "The men were handed over in Abu Dhabi")}


def test_names_written_in_capitals_in_a_meetings_record_are_speakers(extract) -> None:  # noqa: ANN001
    facts = extract("The representative of Chad, OMAR HASSAN ALI, said his Government had freed the detainees in "
                    "good faith. GULNARA ISKAKOVA (Kyrgyzstan) said the Council should support the talks.")
    assert _speakers_of(facts, "the Council should support the talks") == {"Gulnara Iskakova"}
    assert _speakers_of(facts, "his Government had freed the detainees in good faith") == {"Omar Hassan Ali"}


def test_a_closing_said_after_a_name_and_title_is_theirs_not_the_sides_named_before(extract) -> None:  # noqa: ANN001,E501
    facts = extract("Chad and Sudan swapped 84 prisoners each on Thursday, Ahmed Al Mansouri, the Emirati envoy, said.")
    assert {speaker for speaker, _ in said(facts)} == {"Ahmed Al Mansouri"}


def test_declining_to_say_reports_no_statement(extract) -> None:  # noqa: ANN001
    facts = extract("Minister Ilse Berg declined to say whether more prisoners would be freed.")
    assert not _speakers_of(facts, "more prisoners would be freed")


def test_a_pronoun_after_a_quote_skips_the_names_inside_it(extract) -> None:  # noqa: ANN001
    facts = extract('Envoy Pedro Alves arrived on Monday. "President Marco Silva wants every '
                    'detainee home, and so do I," he told reporters.')
    assert _speakers_of(facts, "wants every detainee home") == {"Pedro Alves"}


def test_a_pronoun_after_a_quote_is_not_the_person_the_quote_names(extract) -> None:  # noqa: ANN001
    facts = extract('Yusuf Karam, a retired driver, has waited before. His cousin Samir came home in the '
                    'last swap after a year in jail. "With Samir I waited at the gate for a whole night," he '
                    'said.')
    assert _speakers_of(facts, "waited at the gate") == {"Yusuf Karam"}


def test_a_quote_may_address_its_speaker_or_give_the_name_to_call_them_by(extract) -> None:  # noqa: ANN001
    facts = extract('Des Morgan drove to the border every week while his son Liam Morgan was held. "People said '
                    'to me, Des, you are wasting your diesel," he said.\n\nSophie Laurent stepped off the plane '
                    'beside her sister Claire. "Do not call me Sophie any more," she said.')
    assert _speakers_of(facts, "wasting your diesel") == {"Des Morgan"}
    assert _speakers_of(facts, "Do not call me Sophie") == {"Sophie Laurent"}


@pytest.mark.parametrize(("told", "speaker"), [
    ('Lina Hadi greeted the women at the border. Olga Petrova was the first off the bus. "My name is Olga '
     'Petrova, I am from Kherson, and I am home," she said.', "Olga Petrova"),
    ('Ivan Sokol and his commander, Petro Lis, were captured together in 2022. Sokol was freed on Friday. "For '
     'months the guards told my mother that Sokol was dead," he said.', "Ivan Sokol"),
])
def test_a_quote_naming_its_own_speaker_keeps_them(extract, told: str, speaker: str) -> None:  # noqa: ANN001
    assert {s for s, _ in said(extract(told))} == {speaker}


def test_a_name_set_off_by_quote_marks_may_be_the_speaker(extract) -> None:  # noqa: ANN001
    facts = extract('The "Donetsk People\'s Republic" said it had received 40 of its fighters in the swap.')
    assert _speakers_of(facts, "received 40 of its fighters") == {"Donetsk People's Republic"}


@pytest.mark.parametrize(("told", "speaker"), [
    ('Asked whether more swaps would follow, Dmitri Orlov\'s reply was short: "There will be as many as it takes."',
     "Dmitri Orlov"),
    ('Anna Berg wrote the book over ten years. Her closing line is worth quoting in full: "A swap is not a verdict. '
     'There will be as many as it takes."', "Anna Berg"),
    ('The view from the village is bleak: "There will be as many as it takes."', None),
])
def test_someones_words_told_of_before_a_colon_label_the_quote(extract, told: str, speaker: str | None) -> None:  # noqa: ANN001,E501
    assert _speakers_of(extract(told), "as many as it takes") == {speaker}


def test_a_members_name_on_a_line_of_its_own_labels_the_speech_below(extract) -> None:  # noqa: ANN001
    facts = extract("House of Lords\nThe Minister of State, Home Office (Lord Rees of Ludlow) (Con)\nMy Lords, the "
                    "Government welcomed the release and we support the families.\nBaroness Lind of Hale (Lab)\nMy "
                    "Lords, I thank the Minister for that answer and for his work.\nLord Rees of Ludlow\nMy Lords, "
                    "the decision was one for the Nigerian Government, and we respect it.")
    assert {speaker for speaker, _ in said(facts)} == {"Lord Rees of Ludlow", "Baroness Lind of Hale"}


@pytest.mark.parametrize("told", [
    "Dr Ana Lind\nThe exchange was the third this year, officials said.\nMr Tomas Berg\nThe next round is due in May.",
    "Mr Tom Hale (Con)\nMrs Jane Dorr (Lab)\nMr Ali Khan (SNP)\nThe delegation met Qatari officials on Monday.",
    "Lord Harrow of Tillbury (Con)\nLord Harrow, who has died aged 88, served in two governments.\nBaroness Kell "
    "(Lab)\nBaroness Kell, who has died aged 90, led the campaign for the hostages.",
])
def test_names_alone_on_lines_of_a_story_label_nothing(extract, told: str) -> None:  # noqa: ANN001
    assert {speaker for speaker, _ in said(extract(told))} <= {None}


def test_a_name_inside_the_quote_is_not_the_subject_of_the_verb_after_it(extract) -> None:  # noqa: ANN001
    facts = extract('"In the camp we counted days by the holidays. Two Diwalis, one Eid with the other '
                    'boys in our barrack, then another Diwali," Patel said, sitting outside the house.')
    assert _speakers_of(facts, "counted days by the holidays") == {"Patel"}


def test_a_that_clause_after_a_time_phrase_is_what_was_insisted(extract) -> None:  # noqa: ANN001
    facts = extract("Walter Brenn always denied spying. He insisted until the end of his life that the film "
                    "showed only farm buildings.")
    assert ("Walter Brenn", "the film showed only farm buildings") in said(facts)


def test_a_that_clause_after_phrases_within_phrases_is_what_was_added(extract) -> None:  # noqa: ANN001
    facts = extract("Rustem Orlov added during a visit to Ankara on Tuesday that the next round would come soon.")
    assert ("Rustem Orlov", "the next round would come soon") in said(facts)


def test_a_that_clause_of_claims_others_made_is_not_what_was_said(extract) -> None:  # noqa: ANN001
    facts = extract("Maria Zakharova wrote on Telegram in response to claims that Moscow had stalled the swap.")
    assert not _speakers_of(facts, "Moscow had stalled the swap")


def test_a_relative_clause_of_the_time_phrase_is_not_what_was_said(extract) -> None:  # noqa: ANN001
    facts = extract("The envoy Ana Lind stressed during the talks that lasted three days the need for calm.")
    assert not _speakers_of(facts, "lasted three days")


def test_a_reported_clause_running_into_a_quote_keeps_the_whole_quote(extract) -> None:  # noqa: ANN001
    facts = extract('The prime minister, Tomas Vela, said his government stood firm on the border: '
                    '"Our men are home. Our claim to the island has not moved an inch."')
    assert any("has not moved an inch" in text for speaker, text in said(facts) if speaker == "Tomas Vela")


def test_calling_something_a_quoted_phrase_is_a_statement(extract) -> None:  # noqa: ANN001
    facts = extract('Foreign Minister Ana Torres called the agreement "a victory for patience and '
                    'for the families."')
    assert _speakers_of(facts, "a victory for patience") == {"Ana Torres"}


def test_a_speaker_interrupted_by_a_participle_clause_keeps_the_quote(extract) -> None:  # noqa: ANN001
    facts = extract('Spokeswoman Irina Volkova, asked about the aircraft, said she had "no news '
                    'to share at this hour."')
    assert ("Irina Volkova", "no news to share at this hour") in said(facts)


def test_an_agency_reporting_a_speech_act_is_not_its_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("President Milan Novak told the visiting envoy, according to the state "
                    "news agency Tanjug, that Serbia was ready for a broad deal.")
    assert _speakers_of(facts, "Serbia was ready for a broad deal") == {"Milan Novak"}


def test_a_parenthetical_says_reports_the_rest_of_the_sentence(extract) -> None:  # noqa: ANN001
    facts = extract("Olga Marin still waits at the door. But now, she says, the waiting has an end.")
    assert _speakers_of(facts, "the waiting has an end") == {"Olga Marin"}


def test_a_ministrys_spokesman_named_in_apposition_is_the_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("Chile's foreign ministry spokesman, Rafael Soto, called the deal "
                    '"a humanitarian matter and nothing more."')
    assert _speakers_of(facts, "a humanitarian matter") == {"Rafael Soto"}


def test_an_abbreviation_given_in_brackets_names_the_same_actor(extract) -> None:  # noqa: ANN001
    facts = extract("The National Liberation Army (ELN) let four police officers go. The ELN said in a "
                    "statement on Sunday that it hoped the move would be read as goodwill.")
    assert _speakers_of(facts, "read as goodwill") == {"National Liberation Army"}


def test_expressing_a_hope_and_underlining_are_statements(extract) -> None:  # noqa: ANN001
    facts = extract('The official representative of the ministry, Anna Lind, expressed the hope '
                    'that "the talks will continue soon." She underlined that the returned men '
                    'were in good health.')
    assert _speakers_of(facts, "the talks will continue soon") == {"Anna Lind"}
    assert _speakers_of(facts, "the returned men were in good health") == {"Anna Lind"}


def test_thanking_and_regretting_in_the_present_are_statements(extract) -> None:  # noqa: ANN001
    facts = extract("The Ministry of Foreign Affairs of Norway welcomed the release.\nThe ministry thanks "
                    "Brazil, as chair of the regional forum, for its tireless support. It regrets that the "
                    "talks of 3 May ended without agreement.")
    ministry = "Ministry of Foreign Affairs of Norway"
    assert _speakers_of(facts, "for its tireless support") == {ministry}
    assert _speakers_of(facts, "ended without agreement") == {ministry}


def test_the_headquarters_is_the_body_whose_name_says_so(extract) -> None:  # noqa: ANN001
    facts = extract("The Coordination Headquarters said the transfer was over, with help from the "
                    "International Committee of the Red Cross. \u201cEvery family has waited "
                    "months for this,\u201d the headquarters wrote.")
    assert _speakers_of(facts, "Every family has waited") == {
        "Coordination Headquarters for the Treatment of Prisoners of War"}  # its full name, which the gazetteer knows


def test_asking_what_someone_would_say_is_not_a_statement(extract) -> None:  # noqa: ANN001
    facts = extract("Asked what he would say to relatives still waiting, Ivan Petrenko paused.")
    assert not _speakers_of(facts, "relatives still waiting")


def test_naming_a_group_is_not_a_statement(extract) -> None:  # noqa: ANN001
    facts = extract("The Houthis, who call themselves Ansar Allah, control the capital.")
    assert not _speakers_of(facts, "Ansar Allah")


def test_a_transcript_turn_is_said_by_the_person_its_label_names(extract) -> None:  # noqa: ANN001
    facts = extract("HOST: Red Cross official Maria Lopez joins us from the border.\n"
                    "MARIA LOPEZ (via video link): The convoy crossed at dawn and everyone is safe.\n"
                    "HOST: Thank you very much for that.")
    assert ("Maria Lopez", "The convoy crossed at dawn and everyone is safe") in said(facts)
    assert not _speakers_of(facts, "Thank you very much")


def test_our_people_counted_by_one_whose_label_names_a_states_agency_are_that_states(extract) -> None:  # noqa: ANN001
    today, before = exchanges_as_read(extract(
        "OKSANA LYSENKO, SPOKESPERSON, COORDINATION HEADQUARTERS: Good afternoon. Today, 95 of our defenders came "
        "home from captivity. They include marines and border guards. In return, 95 Russian servicemen were handed "
        "over to the Russian side.\nMODERATOR: Questions, please.\nLYSENKO: The previous exchange was on 25 June, "
        "when 90 of our people returned and 90 were returned to Russia.", published="2024-08-24"))
    assert (today["returns"], today["date"]) == ({("Ukraine", 95), ("Russia", 95)}, dt.date(2024, 8, 24))
    assert (before["returns"], before["date"]) == ({("Ukraine", 90), ("Russia", 90)}, dt.date(2024, 6, 25))


def test_a_sentence_about_one_of_those_counted_keeps_the_count_for_the_release_paid_back(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Ana Ruiz, 61, was among seven Peruvians freed by Chile on Saturday. She had been held in Santiago since "
        "2017, when she was arrested at a meeting. In exchange, Peru released two Chilean men who had been serving "
        "long sentences.", published="2022-10-06"))
    assert (swap["returns"], swap["date"]) == ({("Peru", 7), ("Chile", 2)}, dt.date(2022, 10, 1))


def test_a_bare_surname_a_family_shares_is_the_one_not_called_by_a_given_name(extract) -> None:  # noqa: ANN001
    facts = extract(
        "Maria Lindqvist says she will keep the porch light on. Her son is home.\n"
        "Erik Lindqvist, 41, a former engineer, landed in Stockholm on Sunday after two years in a Russian prison.\n"
        "Maria Lindqvist, 70, said the call came at dawn. Maria said she cried for an hour.\n"
        "For now, Lindqvist says, he wants a quiet week with his daughters.", published="2024-09-10")
    assert _speakers_of(facts, "he wants a quiet week") == {"Erik Lindqvist"}


def test_a_bare_surname_stays_the_one_first_named_where_no_one_is_called_by_a_given_name(extract) -> None:  # noqa: ANN001,E501
    facts = extract(
        "Henrik Olav Lund, a Norwegian diplomat who brokered prisoner swaps for three decades, died on Monday. "
        "His daughter, Kari Lund, said the cause was heart failure.\n"
        "\"A swap is the smallest peace there is,\" Lund once said.", published="2019-04-12")
    assert _speakers_of(facts, "the smallest peace there is") == {"Henrik Olav Lund"}


def test_a_label_of_the_first_of_two_surnames_is_the_person_named_in_full(extract) -> None:  # noqa: ANN001
    facts = extract("Father Tomás Herrera Quintana has spent thirty years bringing hostages home.\n"
                    "Q: How many real swaps have you seen?\n"
                    "FR. HERRERA: Properly speaking, one. Everything else was a gesture by one side.\n"
                    "Q: Why only one?\n"
                    "FR. HERRERA: Because the price kept rising.", published="2024-09-10")
    assert _speakers_of(facts, "Everything else was a gesture") == {"Tomás Herrera Quintana"}


def test_a_radio_scripts_act_cue_is_said_by_the_person_it_names(extract) -> None:  # noqa: ANN001
    facts = extract("REPORTER: The police refused any deal. Police spokeswoman Inspector Ana Belle Moreau was very "
                    "direct about it yesterday.\nACT — MOREAU (in Creole, voice-over): \"The police do not trade "
                    "prisoners with gangs. Not today, not tomorrow.\"\nREPORTER: The families are waiting.",
                    published="2024-07-09")
    assert _speakers_of(facts, "The police do not trade prisoners") == {"Ana Belle Moreau"}


def test_an_interviews_answers_are_said_by_the_interviewee(extract) -> None:  # noqa: ANN001
    facts = extract("Last week we spoke to Deputy Minister Arman Petrosyan about the deal.\n"
                    "Q: Who brokered it?\n"
                    "A: Nobody did. We negotiated directly with our neighbours for months.")
    assert _speakers_of(facts, "We negotiated directly") == {"Arman Petrosyan"}
    assert not _speakers_of(facts, "Who brokered it")


def test_an_interview_labelled_by_surname_and_a_correspondents_turns(extract) -> None:  # noqa: ANN001
    facts = extract("HOST: Our correspondent Dan Reyes is at the border, with aid worker Anna Schmidt.\n"
                    "REYES: The buses have crossed and the families are waiting here.\n"
                    "Schmidt: Every name on our list came home today, all of them.")
    assert _speakers_of(facts, "Every name on our list came home") == {"Anna Schmidt"}
    assert not _speakers_of(facts, "The buses have crossed")


def test_a_surname_label_is_whoever_a_label_named_in_full_not_a_relative_named_before(extract) -> None:  # noqa: ANN001
    facts = extract("Luis Vega, a trader from Lima, has been held in Chile for two years. His sister Ana Vega spoke to "
                    "Marta Gil.\nMarta Gil: When did you last hear from him?\nAna Vega: He writes every month, but the "
                    "letters are short.\nMarta Gil: Do you expect a swap?\nVega: I hope so, but nobody tells us "
                    "anything at all.")
    assert _speakers_of(facts, "He writes every month") == {"Ana Vega"}
    assert _speakers_of(facts, "nobody tells us anything") == {"Ana Vega"}


def test_a_quote_opened_in_one_paragraph_is_said_by_whoever_closes_it(extract) -> None:  # noqa: ANN001
    facts = extract('\u201cWhen the guards shouted my name, I assumed it was a trick.\n'
                    '\u201cOnly at the border did I believe it,\u201d Peter Novak said.')
    assert _speakers_of(facts, "I assumed it was a trick") == {"Peter Novak"}


def test_a_label_of_an_honorific_and_a_given_name_is_the_person_so_called(extract) -> None:  # noqa: ANN001
    facts = extract("Briefing notes\nThe ministry's spokesman, Mr. Somchai Wongsa, took questions.\n"
                    "MR. SOMCHAI: Hello everyone. Laos and Thailand finished handing over detainees yesterday.\n"
                    "Q (Daily News): When will the rest be freed?\nMR. SOMCHAI: Nothing is planned yet. Our door "
                    "stays open.", published="2025-09-18")
    assert _speakers_of(facts, "Our door stays open") == {"Somchai Wongsa"}


_ASSEMBLY_RECORD = (
    "ASSEMBLY OF THE ANDES\nVerbatim record\n(Ms Rosa Diaz, Vice-President of this Assembly, in the Chair)\n"
    "The PRESIDENT \u2013 We turn now to Mr Luis Vega's report on detainees.\n"
    "Mr VEGA (Peru) \u2013 Thank you, Madam President. The swap of May was a beginning, not an end.\n"
    "The PRESIDENT \u2013 Thank you. I call Ms Marta Gil.\n"
    "Ms GIL (Chile) \u2013 Madam President, Chile has kept every promise it made at the border.")


def test_an_assembly_records_dash_labels_are_turns_of_the_persons_they_name(extract) -> None:  # noqa: ANN001
    facts = extract(_ASSEMBLY_RECORD, published="2021-06-23")
    assert _speakers_of(facts, "The swap of May was a beginning") == {"Luis Vega"}
    assert _speakers_of(facts, "Chile has kept every promise") == {"Marta Gil"}


def test_an_office_label_is_the_one_person_holding_the_office(extract) -> None:  # noqa: ANN001
    facts = extract(_ASSEMBLY_RECORD, published="2021-06-23")
    assert _speakers_of(facts, "I call Ms Marta Gil") == {"Rosa Diaz"}
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Rosa Diaz", "Luis Vega", "Marta Gil"}


def test_a_capital_and_a_dash_opening_a_story_is_a_dateline_not_a_turn(extract) -> None:  # noqa: ANN001
    facts = extract("LIMA \u2013 Peru freed 12 Chilean soldiers on Monday, the ministry said.\n"
                    "SANTIAGO \u2013 Chile said the men were well.", published="2021-06-23")
    assert not [a for a in facts.actors.values() if a.kind == "Person"]


def test_an_office_label_is_not_a_foreign_holder_of_that_office_named_in_passing(extract) -> None:  # noqa: ANN001
    facts = extract("THE PRESIDENT: Good evening. Tonight I spoke with Chilean President Juan Soto about the "
                    "prisoners.\nQ: Will they be home soon?\nTHE PRESIDENT: I believe so.", published="2024-05-08")
    assert "Juan Soto" not in _speakers_of(facts, "I believe so")


def test_a_given_name_label_is_not_a_third_party_whose_name_starts_with_it(extract) -> None:  # noqa: ANN001
    facts = extract("Briefing\nMR. KIM: Good afternoon. North Korea released two fishermen, and Kim Jong Un "
                    "said nothing.\nQ: Any reaction?\nMR. KIM: None so far.", published="2024-05-08")
    assert "Kim Jong Un" not in _speakers_of(facts, "None so far")


def test_an_aside_between_dashes_after_a_name_is_prose_not_a_turn(extract) -> None:  # noqa: ANN001
    facts = extract("Mr Vega \u2013 who has led Peru since 2019 \u2013 said the swap was fair.\n"
                    "Ms Ruiz \u2013 speaking at the palace \u2013 called it a victory.", published="2024-05-08")
    assert not _speakers_of(facts, "who has led Peru since 2019")


def test_a_dash_label_naming_no_one_else_is_the_person_it_names(extract) -> None:  # noqa: ANN001
    facts = extract("SECURITY COUNCIL, 9999th meeting\nMr SOTOMAYOR (Peru) \u2013 Thank you, Mr. President. "
                    "Peru welcomes the exchange.\nMr VALDIVIA (Chile) \u2013 Chile does too.",
                    published="2024-05-08")
    assert _speakers_of(facts, "Peru welcomes the exchange") == {"Sotomayor"}


def test_calling_something_what_it_means_is_a_statement_but_a_short_label_is_not(extract) -> None:  # noqa: ANN001
    facts = extract("Foreign Minister Ana Torres called the release a reminder that quiet "
                    "diplomacy still works. Officials called him Tomas.")
    assert _speakers_of(facts, "quiet diplomacy still works") == {"Ana Torres"}
    assert not _speakers_of(facts, "him Tomas")


def test_a_ministry_pleased_to_announce_and_a_state_that_reaffirms(extract) -> None:  # noqa: ANN001
    facts = extract("The Ministry of Foreign Affairs of Oman is pleased to announce that the "
                    "exchange was completed today. The Sultanate of Oman reaffirms its willingness "
                    "to back dialogue in the region.")
    assert _speakers_of(facts, "the exchange was completed today") == {"Ministry of Foreign Affairs of Oman"}
    assert _speakers_of(facts, "willingness to back dialogue") == {"Oman"}


def test_said_in_a_statement_that_reports_the_clause(extract) -> None:  # noqa: ANN001
    facts = extract("Kenya's foreign ministry said in a statement that all four sailors were safe and "
                    "would travel home on Friday.")
    assert _speakers_of(facts, "all four sailors were safe") == {"Ministry of Foreign Affairs of Kenya"}


def test_a_speaker_with_an_abbreviated_rank_is_one_sentence(extract) -> None:  # noqa: ANN001
    facts = extract('"Nobody was hurt. The ship is safe," Brig. Gen. Anna Berg, a spokeswoman for the navy, told '
                    'reporters.')
    assert _speakers_of(facts, "Nobody was hurt") == {"Anna Berg"}
    assert not [a for a in facts.actors.values() if a.name.startswith("Brig")]


def test_a_colon_at_the_end_of_a_paragraph_introduces_the_quotes_below(extract) -> None:  # noqa: ANN001
    facts = extract("Asked about the release, the Minister of Foreign Affairs, Karim Haddad, said:\n"
                    "\u201cPatience achieves what pressure cannot. Nine families are whole again.\n"
                    "\u201cWe hope this step builds trust between the two capitals.\u201d")
    assert _speakers_of(facts, "Patience achieves") == {"Karim Haddad"}
    assert _speakers_of(facts, "We hope this step") == {"Karim Haddad"}
    assert "Minister of Foreign Affairs" not in {a.name for a in facts.actors.values()}


def test_an_interview_without_labels_gives_each_answer_to_the_interviewee(extract) -> None:  # noqa: ANN001
    facts = extract("We spoke to Amina Yusuf, Norway's envoy, about the swap.\n"
                    "How did it start?\n"
                    "With a list of twelve names and a lot of patience.\n"
                    "What comes next?\n"
                    "A second round, if both sides keep their word.\n"
                    "Officials in Oslo declined to comment.")
    assert _speakers_of(facts, "twelve names") == {"Amina Yusuf"}
    assert _speakers_of(facts, "A second round") == {"Amina Yusuf"}
    assert not _speakers_of(facts, "declined to comment")  # the story after the interview


def test_his_wife_is_the_person_introduced_as_his_wife(extract) -> None:  # noqa: ANN001
    facts = extract('"He slept for two days," his wife, Maria Novak, said. Novak, a teacher, met him at the '
                    'border.\n"He laughs again," his wife said.')
    assert _speakers_of(facts, "He laughs again") == {"Maria Novak"}


def test_a_quote_after_a_paragraphs_one_person_is_theirs(extract) -> None:  # noqa: ANN001
    facts = extract('His father, Karl Weber, 80, remembers the night of the call. "I put on my coat and waited '
                    'by the door until morning."')
    assert _speakers_of(facts, "I put on my coat") == {"Karl Weber"}


def test_a_paragraph_of_quote_goes_on_from_the_person_who_spoke_just_before(extract) -> None:  # noqa: ANN001
    facts = extract("The wait went on. Ana Wu, Tomas Wu's sister, said the family had been told in May that he "
                    "would be home by June.\n\"We kept his room ready, his shoes by the door.")
    assert _speakers_of(facts, "We kept his room ready") == {"Ana Wu"}


def test_a_given_name_the_ner_leaves_out_belongs_to_the_name(extract) -> None:  # noqa: ANN001
    facts = extract("Ana Wu, Tomas Wu's sister, said the family had been told to wait.")
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Ana Wu", "Tomas Wu"}


@pytest.mark.parametrize("text", [
    '"This is goodwill and it should be matched," Tural Mammadli, an adviser to the president, told reporters.',
    'Luz Marina Herrera, whose son was among the seven, held up a placard. "I just want to hold him," she said.',
])
def test_a_name_described_as_a_person_is_a_person_whatever_the_ner_says(extract, text: str) -> None:  # noqa: ANN001
    facts = extract(text)
    assert {speaker for speaker, _ in said(facts)} <= {"Tural Mammadli", "Luz Marina Herrera"}
    assert len(said(facts)) == 1 and None not in {speaker for speaker, _ in said(facts)}


def test_a_name_in_apposition_to_a_title_is_a_person(extract) -> None:  # noqa: ANN001
    facts = extract("Moldova's Commissioner for Human Rights, Vitalie Rusnac, said on Monday that the talks "
                    "would resume in June.")
    person = next(a for a in facts.actors.values() if a.kind == "Person")
    assert (person.name, person.role) == ("Vitalie Rusnac", "Moldova's Commissioner for Human Rights")
    assert _speakers_of(facts, "the talks would resume") == {"Vitalie Rusnac"}


def test_a_hyphenated_given_name_stays_whole(extract) -> None:  # noqa: ANN001
    facts = extract("The movement's spokesman, Jean-Marc Habimana, said the deal would hold.")
    assert _speakers_of(facts, "the deal would hold") == {"Jean-Marc Habimana"}


def test_his_mother_is_the_one_woman_of_his_family_named_before(extract) -> None:  # noqa: ANN001
    facts = extract("For a year, Irina Sokol kept his room as it was. Her son, Pavel Sokol, 22, came home on "
                    'Friday.\n"I changed nothing, not even the sheets," his mother said.')
    assert _speakers_of(facts, "I changed nothing") == {"Irina Sokol"}
    assert facts.actors["Person:Pavel Sokol"].role != "22"


def test_announcing_or_confirming_something_states_it(extract) -> None:  # noqa: ANN001
    facts = extract("The Kingdom of Denmark is happy to announce the success of its good offices between Chad "
                    "and Sudan. Chad confirmed the release of eleven detainees.")
    assert _speakers_of(facts, "the success of its good offices") == {"Denmark"}
    assert _speakers_of(facts, "the release of eleven detainees") == {"Chad"}


def test_confirming_the_numbers_states_nothing_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("President Ana Petrova has confirmed the numbers in a Telegram message, with photos of the men.")
    assert not _speakers_of(facts, "the numbers")


def test_an_explainers_question_headings_put_no_words_in_the_one_person_named(extract) -> None:  # noqa: ANN001
    facts = extract("EXPLAINER\nThe release was part of President Ana Petrova's plan. Here is how it worked.\n"
                    "What happened on Monday?\nThe rebels handed 23 men to the Red Cross in three batches.\n"
                    "Why so lopsided?\nGovernments have long paid a high price for a few citizens.",
                    published="2025-10-14")
    assert not _speakers_of(facts, "handed 23 men to the Red Cross")


def test_a_ministry_for_foreign_affairs_is_the_states_foreign_ministry(extract) -> None:  # noqa: ANN001
    facts = extract("The Ministry for Foreign Affairs of the Kingdom of Belgium said the two sailors would be "
                    "back by Sunday.")
    assert _speakers_of(facts, "the two sailors would be back by Sunday") == {"Ministry of Foreign Affairs of Belgium"}


def test_the_ministry_in_a_ministrys_own_statement_is_the_one_it_opens_with(extract) -> None:  # noqa: ANN001
    facts = extract("The Ministry of Foreign Affairs of Peru wishes to inform the public of the following.\n"
                    "1. The Ministry takes note of the statement of the Chilean Ministry of Foreign Affairs, which "
                    "confirmed that the two men had arrived.\n2. The Ministry recalls that several Peruvians "
                    "remain imprisoned abroad.")
    assert _speakers_of(facts, "several Peruvians remain imprisoned abroad") == {"Ministry of Foreign Affairs of Peru"}


def test_speaker_labels_are_furniture_only_in_a_transcript() -> None:
    transcript = "Q: Who brokered it?\nA: Nobody did."
    assert [t.label for t in speaker_turns(transcript)] == ["Q", "A"]
    assert blank_furniture(transcript) == "   Who brokered it?\n   Nobody did."
    assert speaker_turns("Note: the figures are provisional.") == []


def test_a_broadcasts_name_in_capitals_with_its_role_after_commas_opens_a_turn() -> None:
    transcript = ("LENA MARSH, ANCHOR: Good evening.\nTOMAS EKLUND, CORRESPONDENT (LIMA): The buses crossed at noon.\n"
                  "LIMA, PERU: a dateline is no speaker.")
    turns = speaker_turns(transcript)
    assert [(t.label, t.role) for t in turns] == [("LENA MARSH", "ANCHOR"), ("TOMAS EKLUND", "CORRESPONDENT (LIMA)")]


def test_a_co_hosts_and_a_correspondents_words_in_their_labelled_turns_are_no_statements(extract) -> None:  # noqa: ANN001
    facts = extract("DANA REYES, CO-HOST: Good morning. Peru and Chile swapped 12 prisoners each overnight, and the "
                    "families are jubilant this morning.\nTOMAS VEGA, CORRESPONDENT (LIMA): The buses arrived at dawn "
                    "and the men walked across one by one.", published="2024-06-01")
    assert not _speakers_of(facts, "the families are jubilant") and not _speakers_of(facts, "The buses arrived")


def test_headings_datelines_and_captions_in_capitals_with_commas_open_no_turn() -> None:
    page = ("KEY POINTS, SUMMARY: Peru and Chile swapped 75 prisoners each.\n"
            "LIMA, PERU: The ministry said on Friday it had mediated.\n"
            "PHOTO CAPTION, AFP: Freed soldiers arrive in Tacna.\n"
            "PART ONE, THE CAPTURE: In 2022 he was captured.")
    assert speaker_turns(page) == []
    guest = speaker_turns("HOST: Joining me is Ana Lis.\nANA LIS, ANDEAN POLICY INSTITUTE: It is a step.")
    assert [(t.label, t.role) for t in guest] == [("HOST", ""), ("ANA LIS", "ANDEAN POLICY INSTITUTE")]


def test_a_body_named_in_a_broadcast_label_stays_an_actor(extract) -> None:  # noqa: ANN001
    facts = extract("TOM REYES, HOST: So who brokered this deal?\n"
                    "WILLIAM HART, DIRECTOR, CIA: The Turks played a key role. We got our people back.",
                    published="2024-06-01")
    assert "CIA" in {a.name for a in facts.actors.values()}
    assert _speakers_of(facts, "The Turks played a key role") == {"William Hart"}


def test_live_blog_entry_stamps_are_blanked() -> None:
    assert blank_furniture("09:12 \u2014 Buses reached the border.") == " " * 8 + "Buses reached the border."


def test_a_post_on_x_ends_its_sentence(extract) -> None:  # noqa: ANN001
    facts = extract('"We are ready," she wrote on X. No Russian prisoners were handed over in return.')
    assert not exchanges_as_read(facts)
    assert not [a for a in facts.actors.values() if a.name.startswith("X")]


def test_a_label_of_an_office_alone_is_its_holders_not_a_deputys(extract) -> None:  # noqa: ANN001
    facts = extract("Briefing transcript\nSPOKESPERSON (Ms. Dana Levi): Good morning. We have two announcements.\n"
                    "QUESTION: Is a swap planned?\nDEPUTY SPOKESPERSON (Mr. Oren Katz): I can add that the envoy "
                    "travels tomorrow.\nQUESTION: Anything else?\nSPOKESPERSON: There is no swap planned at this "
                    "time.\nJOINT SECRETARY (Shri Anil Deshmukh): I would add that the talks are over.")
    assert _speakers_of(facts, "There is no swap planned") == {"Dana Levi"}
    assert _speakers_of(facts, "the talks are over") == {"Anil Deshmukh"}
    assert "Joint Secretary" not in {a.name for a in facts.actors.values()}


def test_a_spokesperson_named_in_brackets_speaks_every_turn_of_the_office(extract) -> None:  # noqa: ANN001
    facts = extract("Ministry of External Affairs\nTranscript of the weekly media briefing\n"
                    "OFFICIAL SPOKESPERSON (Shri Ravi Menon): Good afternoon. We have lodged a strong protest.\n"
                    "QUESTION: Is an exchange of prisoners being discussed?\n"
                    "SPOKESPERSON: No exchange is on the table. We know of no such talks.")
    assert _speakers_of(facts, "We have lodged a strong protest") == {"Ravi Menon"}
    assert _speakers_of(facts, "We know of no such talks") == {"Ravi Menon"}


def test_a_message_issued_speaks_through_the_quote_that_follows(extract) -> None:  # noqa: ANN001
    facts = extract("Peru's Ministry of Foreign Affairs issued this statement on Sunday:\n"
                    '"We confirm that the exchange was completed at the Tacna crossing.\n'
                    '"We affirm that Peru will keep working to bring every citizen home."\n'
                    'Bolivia issued a statement: "We are proud to have helped both neighbours."\n'
                    "The Chilean army released a statement saying the soldiers were well.")
    ministry = {"Ministry of Foreign Affairs of Peru"}
    assert _speakers_of(facts, "the exchange was completed at the Tacna crossing") == ministry
    assert _speakers_of(facts, "Peru will keep working") == ministry
    assert _speakers_of(facts, "proud to have helped") == {"Bolivia"}
    assert _speakers_of(facts, "the soldiers were well") == {"Chile"}


def test_issuing_a_message_with_no_quote_says_nothing(extract) -> None:  # noqa: ANN001
    facts = extract("Peru issued a statement on Sunday after the talks in Lima.")
    assert not said(facts)


def test_a_message_issued_does_not_take_a_quote_someone_else_says_after_it(extract) -> None:  # noqa: ANN001
    facts = extract('Chile issued a statement after Luis Vega called the swap "a victory for Peru". The Red Cross '
                    'released a statement on Monday, and its director Juan Soto said "this shows that talks work".')
    assert _speakers_of(facts, "a victory for Peru") == {"Luis Vega"}
    assert _speakers_of(facts, "this shows that talks work") == {"Juan Soto"}


def test_a_states_army_named_by_its_demonym_speaks_for_that_state(extract) -> None:  # noqa: ANN001
    facts = extract("Ten Chilean soldiers were freed on Sunday in exchange for twelve Peruvians.\n"
                    "Peru's foreign ministry welcomed the deal.\n"
                    "The Chilean army said the soldiers were in good health.")
    assert _speakers_of(facts, "the soldiers were in good health") == {"Chile"}


@pytest.mark.parametrize(("text", "ministry"), [
    ("Peru's Ministry of Culture said the museum would reopen.", "Ministry of Culture of Peru"),
    ("Turkey's National Defence Ministry said the museum would reopen.", "Ministry of National Defence of Turkey"),
    ("The Ministry of National Defence said the museum would reopen.", "Ministry of National Defence"),
    ("The Ministry for Reintegration of Temporarily Occupied Territories said the museum would reopen.",
     "Ministry for Reintegration of Temporarily Occupied Territories"),
    ("Chile's Ministry of Justice and Human Rights said the museum would reopen.",
     "Ministry of Justice and Human Rights of Chile"),
    ("The Ministry of Fisheries and Marine Resources has said the museum would reopen.",
     "Ministry of Fisheries and Marine Resources"),
])
def test_a_ministry_of_any_department_is_a_body(extract, text: str, ministry: str) -> None:  # noqa: ANN001
    assert _speakers_of(extract(text), "the museum would reopen") == {ministry}


def test_a_capitalised_word_before_ministry_needs_an_owner_to_be_a_department(extract) -> None:  # noqa: ANN001
    facts = extract("Earlier Ministry officials in Lima said nothing about the talks. Yesterday Ministry sources "
                    "confirmed it.")
    assert not [a for a in facts.actors.values() if a.kind == "Organization"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Peru's Ministry of Culture Spokesman Luis Vega said the museum would reopen.", "Luis Vega"),
    ("Ministry of Tourism Minister Ana Lis said the museum would reopen.", "Ana Lis"),
    ("Chile's Ministry of Defence and Ministry of Foreign Affairs said the museum would reopen.",
     "Ministry of Defence of Chile"),
])
def test_a_departments_name_stops_at_a_title_or_another_body(extract, text: str, speaker: str) -> None:  # noqa: ANN001
    assert _speakers_of(extract(text), "the museum would reopen") == {speaker}


def test_a_departments_name_stops_before_another_states_body(extract) -> None:  # noqa: ANN001
    facts = extract("Chile's Ministry of Defence and Peru's Security Service said the museum would reopen.")
    assert {"Ministry of Defence of Chile", "Security Service of Peru"} <= {a.name for a in facts.actors.values()}


def test_a_ministry_named_without_its_state_is_the_one_states_ministry_of_that_name(extract) -> None:  # noqa: ANN001
    facts = extract("The Ministry of Defence said 90 soldiers had returned home. Peru's Defence Ministry later "
                    "published a video.")
    assert [a.name for a in facts.actors.values() if a.kind == "Organization"] == ["Ministry of Defence of Peru"]


# -- exchanges ---------------------------------------------------------------------------------

def test_apiece_gives_each_side_the_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Armenia and Azerbaijan traded 14 detainees apiece on Friday."))
    assert swap["returns"] == {("Armenia", 14), ("Azerbaijan", 14)}


def test_groups_joined_by_and_add_up_but_a_breakdown_does_not(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Houthis freed 40 soldiers and 3 civilians, while Yemen released "
                            "25 Houthi fighters in a swap."))
    assert ("Yemen", 43) in swap["returns"]
    [swap] = exchanges_as_read(extract("Russia and Ukraine swapped prisoners. Ukraine got back 90 people, "
                            "84 soldiers and 6 civilians."))
    assert ("Ukraine", 90) in swap["returns"]


def test_the_same_number_repeats_the_count_before_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Seventy Ukrainian soldiers came home on Monday, and the same number of "
                            "Russian troops were sent back to Russia in a swap."))
    assert swap["returns"] == {("Ukraine", 70), ("Russia", 70)}


def test_people_and_day_of_the_sentence_before_an_exchange_are_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Four Britons landed in London on Tuesday. They were released in "
                            "return for two Iranians held in Britain, in a trade facilitated by Oman."))
    assert swap == {"parties": {"United Kingdom", "Iran"}, "mediators": {"Oman"},
                    "date": dt.date(2025, 5, 6), "returns": {("United Kingdom", 4), ("Iran", 2)}}


def test_a_completed_exchange_under_demonym_mediation_with_a_release_by_the_other_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The second exchange under the truce was completed today under "
                            "Egyptian mediation. Hamas freed four hostages in exchange for a "
                            "release by Israel of 120 Palestinian detainees."))
    assert swap == {"parties": {"Hamas", "Israel"}, "mediators": {"Egypt"},
                    "date": dt.date(2025, 5, 7), "returns": {("Israel", 4), ("Hamas", 120)}}


def test_exchanges_with_different_ordinals_stay_apart(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("The second exchange between Hamas and Israel was completed today. "
                           "The first exchange, completed on 1 May, freed three hostages."))
    assert sorted(s["date"] for s in swaps) == [dt.date(2025, 5, 1), dt.date(2025, 5, 7)]


def test_freed_in_a_deal_in_which_the_other_side_got_people_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Oleh was among a hundred and four Ukrainian defenders freed in a deal in "
                            "which Russia got back seventy of its troops."))
    assert swap["returns"] == {("Ukraine", 104), ("Russia", 70)}


def test_peoples_traded_for_each_other(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In May, four Germans were traded for two Russians in a deal "
                            "mediated by Turkey."))
    assert swap["parties"] == {"Germany", "Russia"} and swap["mediators"] == {"Turkey"}
    assert swap["returns"] == {("Germany", 4), ("Russia", 2)}


def test_a_two_word_people_is_one_people(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Friday the Bosnian army released 20 Bosnian Serb "
                                       "soldiers in exchange for 25 of its own men."))
    assert swap["parties"] == {"Republika Srpska", "Bosnia and Herzegovina"}
    assert ("Republika Srpska", 20) in swap["returns"]


def test_a_people_named_with_its_compass_point_is_that_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Sudan handed over 14 South Sudanese traders in exchange for nine "
                                       "Sudanese soldiers on Monday."))
    assert swap["returns"] == {("South Sudan", 14), ("Sudan", 9)}


def test_a_government_takes_the_article_its_state_takes_in_prose(extract) -> None:  # noqa: ANN001
    facts = extract("The Philippine government and the rebels swapped six detainees each on Monday.")
    assert "Government of the Philippines" in names(facts, facts.actors)


def test_a_mediators_efforts_that_led_to_the_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Venezuela and the United States exchanged prisoners on Monday. Oman "
                            "said its efforts over many months had led to the agreement."))
    assert swap["mediators"] == {"Oman"}


def test_a_later_sentence_dates_an_exchange_reported_without_a_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and Ukraine have completed yet another prisoner exchange. "
                            "Eighty Ukrainian soldiers came home yesterday."))
    assert swap["date"] == dt.date(2025, 5, 6)


def test_a_named_person_and_n_others_count_together(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia freed Paul Whelan and two other Americans in a swap for four "
                            "Russians held in Germany."))
    assert swap["returns"] == {("United States", 3), ("Russia", 4)}


def test_their_people_belong_to_the_side_named_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Armenia and Azerbaijan swapped detainees on Monday. Azerbaijan freed "
                            "ten Armenian soldiers and Armenia returned three of their soldiers."))
    assert swap["returns"] == {("Armenia", 10), ("Azerbaijan", 3)}


def test_someone_who_came_back_in_an_exchange_reports_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Her brother, a marine, came back in an exchange between Russia and "
                            "Ukraine in August."))
    assert swap["parties"] == {"Russia", "Ukraine"}


def test_an_exchange_told_in_the_present_is_dated_by_publication(extract) -> None:  # noqa: ANN001
    text = ("Planes from both countries landed this morning. Officials met on the tarmac. "
            "Reporters waited at the fence. Nobody spoke to them. Confirmed: a prisoner exchange "
            "between Belarus and Poland is under way.")
    [swap] = exchanges_as_read(extract(text))
    assert swap["date"] == dt.date(2025, 5, 7)


def test_a_peoples_prisoners_go_to_its_one_armed_group_in_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Hamas freed three hostages in return for 90 Palestinian prisoners "
                            "released by Israel."))
    assert swap["returns"] == {("Israel", 3), ("Hamas", 90)}


def test_a_peoples_soldiers_go_to_its_government_among_the_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Yemeni government and the Houthis swapped prisoners on Monday. "
                            "The Houthis freed 30 Yemeni soldiers."))
    assert ("Government of Yemen", 30) in swap["returns"]


def test_persons_traded_for_each_other(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Basketball player Mia Carter was traded for arms dealer Pavel Orlov "
                            "at the airport, one prisoner for one, Russia and the United States said."))
    assert swap["parties"] == {"Russia", "United States"}


def test_entries_of_a_timeline_are_dated_by_the_date_they_open_with(extract) -> None:  # noqa: ANN001
    facts = extract("The main swaps:\n"
                    "\u2022 March 3, 2023 \u2014 Russia and the United States swapped two prisoners "
                    "each in Abu Dhabi.\n"
                    "\u2022 June 9, 2024 \u2014 Russia and the United States swapped five prisoners "
                    "each in Ankara.")
    assert sorted(s["date"] for s in exchanges_as_read(facts)) == [dt.date(2023, 3, 3), dt.date(2024, 6, 9)]


def test_the_same_mediators_are_those_of_the_exchange_before(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Israel and Hamas completed a swap brokered by Qatar and Egypt today. On "
                           "May 1, two hostages were freed in return for 60 prisoners in an "
                           "exchange arranged by the same mediators."))
    assert [s["mediators"] for s in swaps] == [{"Qatar", "Egypt"}, {"Qatar", "Egypt"}]


def test_people_freed_in_return_for_others_go_to_the_side_that_freed_those(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Israel and Hamas carried out a swap on Monday. Israel released 214 "
                            "Palestinian prisoners in return for the four hostages."))
    assert swap["returns"] == {("Hamas", 214), ("Israel", 4)}


def test_its_in_a_which_clause_is_the_clauses_noun(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Ethiopian government and the Tigray People's Liberation Front "
                            "exchanged prisoners on Wednesday, according to the African Union, which "
                            "stated the handover went ahead with the help of its observer team."))
    assert swap["mediators"] == {"African Union"}
    assert swap["parties"] == {"Government of Ethiopia", "Tigray People's Liberation Front"}


def test_a_when_clause_takes_the_date_of_its_sentence(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Russia and Ukraine swapped 100 prisoners each on Friday. In March, when an "
                           "exchange mediated by Turkey brought home 75 Ukrainians, she wept."))
    assert len(swaps) == 2


def test_a_sentence_reporting_two_exchanges_keeps_each_ones_sides_and_mediator(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Turkey's good offices produced a 40-for-40 exchange between Kyiv and "
                           "Moscow on May 2, and on May 5 Iran freed a Belgian aid worker in exchange "
                           "for an Iranian diplomat released by Belgium, a swap facilitated by Qatar."))
    assert sorted((sorted(s["parties"]), sorted(s["mediators"])) for s in swaps) == [
        (["Belgium", "Iran"], ["Qatar"]), (["Russia", "Ukraine"], ["Turkey"])]


def test_other_sides_named_in_a_later_sentence_are_another_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("On March 11, Russia and Ukraine completed a 175-for-175 exchange. In "
                           "August, Washington and Moscow traded one detainee each in Istanbul."))
    assert [s["parties"] for s in swaps] == [{"Russia", "Ukraine"}, {"United States", "Russia"}]
    assert [s["returns"] for s in swaps][1] == {("United States", 1), ("Russia", 1)}


def test_the_kingdom_is_the_country_whose_ministry_was_named(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia freed an American ballet dancer in a one-for-one swap with the United "
                            "States on Thursday. Bahrain's foreign ministry said the kingdom had "
                            "quietly mediated the swap."))
    assert swap["parties"] == {"Russia", "United States"} and swap["mediators"] == {"Bahrain"}


def test_a_person_introduced_by_a_long_title_is_found_and_speaks(extract) -> None:  # noqa: ANN001
    facts = extract("The deputy spokesman at the Ministry of Foreign Affairs of Moldova Dorin "
                    "Sandu declared that the gesture showed good faith.")
    assert _speakers_of(facts, "the gesture showed good faith") == {"Dorin Sandu"}


def test_the_day_the_story_opens_with_dates_its_first_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Tuesday, the long wait ended. Mykola was among the 84 "
                                       "soldiers Ukraine got back in an 84-for-84 swap with Russia."))
    assert swap["date"] == dt.date(2025, 5, 6)


def test_the_same_sides_on_the_same_day_are_one_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Armenia and Azerbaijan swapped detainees on Monday. On Monday, "
                                      "Azerbaijan and Armenia also exchanged five prisoners each, "
                                      "with help from the United States."))
    assert len(swaps) == 1 and swaps[0]["mediators"] == {"United States"}


def test_the_army_and_a_bracketed_abbreviation(extract) -> None:  # noqa: ANN001
    facts = extract("The Sudanese Armed Forces (SAF) and their foes in the Rapid Support Forces (RSF) swapped "
                    "detainees on Friday. The army handed over 41 RSF men in exchange for 29 "
                    "soldiers held by the paramilitary.")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Sudanese Armed Forces", "Rapid Support Forces"}
    assert "SAF" not in {a.name for a in facts.actors.values()}


def test_the_go_between_was_and_each_side_got_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and Ukraine traded captives again on Thursday, and "
                                       "this time the go-between was Qatar. "
                                       "Each side got back 133 servicemen."))
    assert swap["mediators"] == {"Qatar"}
    assert swap["returns"] == {("Russia", 133), ("Ukraine", 133)}


def test_a_mediator_nobody_named_does_not_deny_the_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In October, Belarus and Lithuania swapped detainees at a "
                                       "border post; no intermediary was named."))
    assert swap["parties"] == {"Belarus", "Lithuania"} and swap["mediators"] == set()


@pytest.mark.parametrize("text", [
    "India and Pakistan exchanged lists of the prisoners each one holds on Tuesday.",
    "Both sides agreed in principle to swap prisoners at some later stage.",
    "The coalition urges Armenia and Azerbaijan to complete the agreed exchange without more delay.",
    "In June, Serbia released three police officers; Kosovo gave nothing in return.",
    "Seven children were returned to their families. No Russian prisoners were handed over in return.",
    "Neither side released anyone in exchange for the bodies.",
])
def test_a_denied_exchange_is_none(extract, text: str) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(text))


# -- actors ------------------------------------------------------------------------------------

def test_a_rank_before_a_name_makes_a_person_and_org_words_make_a_body(extract) -> None:  # noqa: ANN001
    facts = extract('"We will see," said retired Brigadier General Tunde Bakare, a security analyst. The '
                    'General Assembly met, and Major League Baseball said nothing.')
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds.get("Tunde Bakare") == "Person"
    assert kinds.get("General Assembly") == "Organization" and kinds.get("Major League Baseball") == "Organization"
    assert _speakers_of(facts, "We will see") == {"Tunde Bakare"}


def test_organizations_the_model_misses_are_found_by_their_form(extract) -> None:  # noqa: ANN001
    facts = extract("The Joint Monitoring Group said the men were safe and were taken to the "
                    "West Bank.")
    assert names(facts, [k for k, a in facts.actors.items() if a.kind == "Organization"]) == \
        {"Joint Monitoring Group"}
    facts = extract("Mothers of the Missing Soldiers Committee said the men were safe.")
    assert "Mothers of the Missing Soldiers Committee" in names(facts, list(facts.actors))


# -- forms found on the fourth held-out set ----------------------------------------------------

def test_a_wires_update_history_is_furniture(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile each returned 40 fishermen on Friday.\nUPDATE HISTORY\nMay 9, 09:47 GMT - First "
                    "version: swap reported by the fisheries office; said 42 Chileans returned.",
                    published="2025-05-09")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Peru", 40), ("Chile", 40)}


def test_a_one_word_label_line_is_furniture(extract) -> None:  # noqa: ANN001
    assert blank_furniture("EXCLUSIVE\nTalks resumed.") == " " * 9 + "\nTalks resumed."
    [swap] = exchanges_as_read(extract("UPDATE 2\nSerbia and Kosovo swapped eight detainees each on Friday "
                                       "in an exchange brokered by Norway."))
    assert swap["parties"] == {"Serbia", "Kosovo"} and swap["mediators"] == {"Norway"}


def test_a_body_that_says_it_mediated_is_the_mediator_and_not_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Serbia and Kosovo swapped eight detainees each on Friday. The UAE "
                                       "foreign ministry said it had brokered the swap and thanked "
                                       "Belgrade and Pristina."))
    assert swap["parties"] == {"Serbia", "Kosovo"}
    assert swap["mediators"] <= {"United Arab Emirates", "Ministry of Foreign Affairs of the United Arab Emirates"}


def test_a_when_clause_dates_the_earlier_exchange_it_describes(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Hamas released two Israeli hostages on Saturday in exchange for 60 "
                                      "Palestinian prisoners. That came ten days after an earlier round on "
                                      "23 April, when five hostages were swapped for 150 prisoners."))
    earlier = [s for s in swaps if s["date"] == dt.date(2025, 4, 23)]
    assert len(swaps) == 2 and len(earlier) == 1
    # "hostages" and "prisoners" go where they went in the swap told first
    assert earlier[0]["parties"] == {"Israel", "Hamas"}
    assert earlier[0]["returns"] == {("Israel", 5), ("Hamas", 150)}


@pytest.mark.parametrize("text", [
    'Talks between the government of Colombia and the ELN stalled in May. The ELN, which has held three '
    'police officers since then, said on Monday that it would release the officers "in exchange for an equal number of '
    'our imprisoned comrades."',
    "The minister insisted that any swap must include the two journalists.",
])
def test_an_exchange_offered_or_demanded_is_none(extract, text: str) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(text))


def test_the_completion_of_an_exchange_reports_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Norway announces the completion today of an exchange between Serbia and "
                                       "Kosovo. Four Serbian citizens were released and returned to Belgrade."))
    assert swap["parties"] == {"Serbia", "Kosovo"} and ("Serbia", 4) in swap["returns"]


def test_the_rebels_are_the_armed_group_named_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Colombia and the ELN exchanged prisoners on Monday. The rebels handed "
                                       "over 12 soldiers, and Bogota released 20 detainees."))
    assert swap["returns"] == {("Colombia", 12), ("National Liberation Army", 20)}


def test_a_person_traded_belongs_to_the_country_their_description_names(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Venezuela freed seven Americans in a swap in March. Venezuela had asked "
                                      "for the deal for years. On Monday, Daniel Moreau, a French teacher held "
                                      "in Iran, was traded for Reza Karimi, an Iranian engineer jailed in France."))
    assert {"France", "Iran"} in [s["parties"] for s in swaps]


def test_a_dated_clause_dates_the_swap_it_happens_alongside(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On 2 May, the singer Ana Lutz walked off a plane in Doha as the smuggler "
                                       "Ivan Markov walked the other way, in a swap between Brazil and Russia."))
    assert swap["date"] == dt.date(2025, 5, 2)


def test_the_previous_exchange_with_its_own_date_is_another_one(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Today the exchange of detained persons between Armenia and Azerbaijan was "
                                      "realized. The previous exchange between the two countries was realized on 3 "
                                      "March 2024."))
    assert sorted(s["date"] for s in swaps) == [dt.date(2024, 3, 3), dt.date(2025, 5, 7)]


def test_every_swap_in_general_is_none(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Every prisoner swap between Armenia and Azerbaijan is sold as a victory."))


def test_days_later_count_on_from_the_last_day_named(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Armenia and Azerbaijan exchanged eight detainees each on 1 May. Two days "
                                      "later, a second exchange saw four more detainees freed by each side."))
    assert sorted(s["date"] for s in swaps) == [dt.date(2025, 5, 1), dt.date(2025, 5, 3)]


def test_government_and_rebel_people_go_to_their_own_camp(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Sudanese government and the Rapid Support Forces exchanged prisoners "
                                       "on Sunday: 40 rebel fighters were freed and 25 government soldiers were "
                                       "sent back."))
    assert swap["returns"] == {("Rapid Support Forces", 40), ("Government of Sudan", 25)}


def test_people_who_are_back_home_were_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Four Georgian citizens are back home tonight, freed by Russia in exchange "
                                       "for two Russian soldiers."))
    assert swap["returns"] == {("Georgia", 4), ("Russia", 2)}


def test_a_deal_that_saw_both_sides_free_people_is_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Hezbollah freed the pilot on Monday in a deal that saw Israel release 35 "
                                       "Lebanese prisoners."))
    assert swap["parties"] == {"Hezbollah", "Israel"} and swap["returns"] == {("Hezbollah", 35)}
    swaps = exchanges_as_read(extract("Hamas freed three Israeli hostages on Saturday in exchange for 90 "
                                      "Palestinian prisoners. A week earlier, on 26 April, the deal saw two "
                                      "hostages freed and 60 prisoners sent back."))
    assert {("Israel", 2), ("Hamas", 60)} in [s["returns"] for s in swaps]


def test_armed_groups_of_the_news_are_known_by_their_usual_names(extract) -> None:  # noqa: ANN001
    facts = extract("The Syrian National Army and the M23 both hold prisoners, as do Abu Sayyaf militants.")
    assert {"Syrian National Army", "M23", "Abu Sayyaf"} <= names(facts, list(facts.actors))


def test_people_held_by_a_group_and_its_commanders_go_each_their_way(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Twelve students kidnapped by Boko Haram were freed on Sunday in exchange "
                                       "for three jailed commanders of the militant group, Nigeria said. The Red "
                                       "Cross said it carried out medical checks near the Cameroonian border."))
    assert swap["parties"] == {"Boko Haram", "Nigeria"}
    assert swap["returns"] == {("Nigeria", 12), ("Boko Haram", 3)}


def test_a_governments_mediation_is_its_countrys_and_intermediaries_serve_others(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Mali and JNIM exchanged prisoners this week in a deal brokered by the "
                                       "Algerian government, which had kept in touch with intermediaries of JNIM."))
    assert swap["mediators"] == {"Algeria"}


def test_the_militants_are_the_armed_group_not_the_last_body_named(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Nigeria and Boko Haram swapped prisoners on Monday, the Red Cross said. The "
                                       "militants freed 30 girls in return for four fighters."))
    assert swap["parties"] == {"Nigeria", "Boko Haram"}


def test_a_swap_whose_happening_is_in_question_is_none(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Pakistan and the TTP agreed a truce. It all hinges on whether the "
                                         "prisoner swap really goes ahead."))


def test_a_longer_name_is_not_the_known_group_it_ends_with(extract) -> None:  # noqa: ANN001
    facts = extract("Fighters of the Ta'ang National Liberation Army were seen near the road.")
    assert "Ta'ang National Liberation Army" in names(facts, list(facts.actors))
    assert "National Liberation Army" not in names(facts, list(facts.actors))


def test_a_junta_and_a_group_swap_what_each_held(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Myanmar's junta and the TNLA swapped prisoners on Sunday. The rebels "
                                       "handed over 30 soldiers. In return, the military freed 20 TNLA members."))
    assert swap["returns"] == {("Myanmar", 30), ("Ta'ang National Liberation Army", 20)}


def test_people_held_in_a_country_were_freed_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("They came home on 2 May in an exchange agreed between Warsaw and Minsk that "
                                       "freed six people held in Belarus."))
    assert swap["returns"] == {("Poland", 6)}


def test_credited_with_mediating_names_the_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Poland and Belarus swapped prisoners on 2 May. Warsaw later credited "
                                       "Hungary, whose envoy had visited both capitals, with mediating the deal."))
    assert swap["mediators"] == {"Hungary"}


def test_a_day_of_confirming_is_not_the_day_of_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Armenia and Azerbaijan swapped prisoners late on Sunday. Baku confirmed "
                                       "the swap a day later."))
    assert swap["date"] == dt.date(2025, 5, 4)


def test_he_traded_for_a_named_person_on_the_day_before_hours_earlier(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Friday, a plane carrying Sam Corrigan, the American chess coach, landed "
                                       "in Boston. Hours earlier he had been traded for Oleg Vasnin, a Russian "
                                       "engineer. The White House said the Emirates had brokered the deal."))
    assert swap == {"parties": {"United States", "Russia"}, "mediators": {"United Arab Emirates"},
                    "date": dt.date(2025, 5, 2), "returns": {("United States", 1), ("Russia", 1)}}


def test_peoples_that_mediated_a_swap_on_a_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Emiratis and the Saudis together mediated the swap between "
                                       "Washington and Moscow on 8 March 2023."))
    assert swap["mediators"] == {"United Arab Emirates", "Saudi Arabia"}
    assert swap["date"] == dt.date(2023, 3, 8)


def test_thanks_for_its_role_in_mediating(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Iran and Sweden exchanged prisoners on Tuesday. The ministry expressed "
                                       "its appreciation to the Government of Oman for its role in mediating "
                                       "between the two sides."))
    assert swap["mediators"] == {"Oman"}


def test_talks_on_an_exchange_report_none_and_an_after_clause_keeps_its_own_day(extract) -> None:  # noqa: ANN001
    facts = extract("Ukraine handed 35 bodies to Russia on Friday. Moscow blamed Kyiv for holding up talks on a "
                    "bigger exchange of prisoners. Friday's handover came some weeks after the two sides had last "
                    "exchanged prisoners, in March.")
    [swap] = exchanges_as_read(facts)
    assert swap["date"] is None  # March is known only to the month, and Friday is the handover's


def test_two_men_passing_each_other_is_one_each_way(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On 2 May, Tom Reyes, a U.S. Marine jailed in Russia, was traded for Ivan "
                                       "Orlov, a Russian pilot. The two men passed each other on the tarmac."))
    assert swap["returns"] == {("United States", 1), ("Russia", 1)}


def test_venezuela_freed_americans_for_two_nephews(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On 2 May, Venezuela freed seven Americans in exchange for two nephews of "
                                       "the presidential couple jailed in the United States."))
    assert swap["returns"] == {("United States", 7), ("Venezuela", 2)}


def test_a_total_of_both_sides_then_each_sides_share(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ethiopia and Eritrea exchanged 40 detained soldiers on Monday. Ethiopia "
                                       "received 25 of its troops and Eritrea 15, officials said."))
    assert swap["returns"] == {("Ethiopia", 25), ("Eritrea", 15)}


def test_the_talks_that_reached_the_deal_were_mediated_by_its_mediators(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Sudan freed 40 RSF fighters on Monday in return for 30 soldiers held by "
                                       "the RSF. The deal was reached in talks mediated by Egypt. Other talks "
                                       "were mediated by Kenya."))
    assert swap["mediators"] == {"Egypt"}


def test_a_capital_freeing_people_is_its_government_among_the_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Syrian government forces and the Syrian National Army swapped detainees on "
                                       "Monday. Damascus freed 14 detainees, and the Syrian National Army released "
                                       "12 people."))
    assert swap["returns"] == {("Syrian National Army", 14), ("Government of Syria", 12)}


def test_a_country_and_its_own_government_are_one_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Sudanese government and the Rapid Support Forces swapped prisoners "
                                       "on Sunday, with Khartoum and the RSF each freeing 30 men."))
    assert len(swap["parties"]) == 2


def test_the_people_freed_in_a_clause_about_an_earlier_swap_are_its_returns(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Chad and Niger completed a new swap on Monday, following the swap of 3 "
                                      "March, in which two Chadian officers and one Nigerien pilot were released."))
    assert {("Chad", 2), ("Niger", 1)} in [swap["returns"] for swap in swaps]


def test_mediators_of_several_exchanges_mediate_each_of_them(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Bolivia swapped detainees twice this month, in exchanges "
                                      "mediated by Chile. On 2 May, 12 Peruvians came home and 10 Bolivians were "
                                      "freed. Then on 9 May a second exchange saw four Peruvians and four "
                                      "Bolivians released."))
    assert [swap["mediators"] for swap in swaps] == [{"Chile"}, {"Chile"}]


def test_a_person_freed_in_exchange_for_a_national_is_one_each_way(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Cuba on Monday freed Canadian teacher Paul Roy in exchange for a Cuban "
                                       "national serving a sentence in Canada."))
    assert swap["returns"] == {("Canada", 1), ("Cuba", 1)}


def test_a_deal_mediated_in_an_earlier_month_is_an_earlier_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Cuba on Monday freed Canadian teacher Paul Roy in exchange for a Cuban national. It was the second such "
        "swap. In March 2021, Norway mediated a deal in which Canadian engineer Karl Holm was released in return "
        "for Ramon Diaz, a Cuban officer.", published="2025-06-18"))
    assert len(swaps) == 2
    assert swaps[1]["mediators"] == {"Norway"} and swaps[1]["date"] is None
    assert swaps[1]["returns"] == {("Canada", 1), ("Cuba", 1)}


def test_a_reciprocal_release_between_two_states_is_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Norway welcomes the completion today of a reciprocal release of prisoners between Peru and Bolivia, "
        "concluded after months of mediation by Norway. Under the agreement, the Bolivian authorities released "
        "six individuals, who flew to Lima."))
    assert swap["parties"] == {"Peru", "Bolivia"} and swap["mediators"] == {"Norway"}
    assert swap["returns"] == {("Peru", 6)}


def test_a_breakaway_region_with_its_own_authorities_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Moldova and the breakaway region of Transnistria exchanged detainees on Friday. The authorities in "
        "Tiraspol freed two Moldovan citizens, while Moldova released Igor Balan, a resident of Tiraspol."))
    assert swap["parties"] == {"Moldova", "Transnistria"}
    assert swap["returns"] == {("Moldova", 2), ("Transnistria", 1)}


def test_a_longer_name_that_opens_with_a_known_body_is_its_own_body(extract) -> None:  # noqa: ANN001
    facts = extract("Monitors of the European Union Monitoring Mission (EUMM) facilitated the handover. The EUMM "
                    "said it would keep raising the outstanding cases.")
    assert "European Union Monitoring Mission" in {a.name for a in facts.actors.values()}
    assert _speakers_of(facts, "it would keep raising the outstanding cases") == {"European Union Monitoring Mission"}


def test_a_single_person_listed_with_a_count_adds_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad freed 12 Sudanese fighters on Monday in exchange for a colonel and "
                                       "two soldiers held by Sudan."))
    assert swap["returns"] == {("Sudan", 12), ("Chad", 3)}


def test_a_when_clause_on_a_month_dates_an_earlier_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chad freed 12 Sudanese fighters on Monday in exchange for two soldiers held by Sudan. Such swaps are "
        "not new. The largest took place in March 2019, when 80 prisoners were released in return for a general.",
        published="2025-05-14"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 5, 12), None]


def test_a_timeline_heading_dates_the_entry_under_it_and_starts_another_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Below, a short guide to the main deals.\nMarch 3, 2016 — The sergeant\nSergeant Paul Ames was handed over to "
        "US forces. In exchange, the United States transferred four Taliban figures to Qatar, which brokered the "
        "deal.\nJune 9, 2021 — The engineer\nThe Taliban freed American engineers Ron Vale and Tim Orr in exchange "
        "for Abdul Karim, an Afghan commander.", published="2025-01-01"))
    assert [(swap["date"], swap["mediators"], swap["returns"]) for swap in swaps] == [
        (dt.date(2016, 3, 3), {"Qatar"}, {("Taliban", 4), ("United States", 1)}),
        (dt.date(2021, 6, 9), set(), {("United States", 2), ("Taliban", 1)}),
    ]
    assert all(swap["parties"] == {"Taliban", "United States"} for swap in swaps)


def test_an_exchange_only_floated_is_none(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Rebel officials have publicly floated an exchange for the last prisoner "
                                         "held at the base."))


def test_a_side_the_parser_hangs_on_the_count_before_still_received_its_people(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Taliban got back 40 of their men and Pakistan received nine guards on Friday in a swap overseen by "
        "the Red Cross."))
    assert swap["returns"] == {("Pakistan", 9), ("Taliban", 40)}


def test_coming_close_to_agreeing_on_an_exchange_is_none(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Negotiators came close to agreeing on an initial exchange of 25 detainees "
                                         "between Mali and Niger before the talks collapsed."))


def test_single_quote_marks_are_quotes_in_a_text_without_double_ones(extract) -> None:  # noqa: ANN001
    facts = extract("Minister Ewa Nowak wrote on X: 'Jan is free. Thank you to everyone who worked for this.'\n"
                    "Her deputy, Piotr Zielinski, said the team's work wasn't over. 'We still have names on the "
                    "list,' he said.")
    assert _speakers_of(facts, "Jan is free") == {"Ewa Nowak"}
    assert _speakers_of(facts, "We still have names on the list") == {"Piotr Zielinski"}


def test_single_marks_in_a_text_with_double_quotes_are_scare_quotes(extract) -> None:  # noqa: ANN001
    facts = extract('"He is home," said Anna Lis. Her son was convicted of what a court called \'helping a '
                    "hostile service.'")
    assert not _speakers_of(facts, "helping a hostile service")


def test_what_a_ministers_title_is_for_is_not_a_person(extract) -> None:  # noqa: ANN001
    facts = extract('"Two of our citizens are home," Moldova\'s State Minister for Reintegration and Civic '
                    "Equality, Ana Rusu, said in a statement.")
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Ana Rusu"}


def test_a_rank_of_several_words_is_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("On Monday, Private First Class Marco Reyes, 24, walked out of the forest.")
    assert [(a.kind, a.name) for a in facts.actors.values()] == [("Person", "Marco Reyes")]


def test_a_name_that_names_a_crossing_or_gate_is_a_place(extract) -> None:  # noqa: ANN001
    facts = extract("Moldova and Transnistria exchanged detainees at the Varnita crossing point on Friday, and "
                    "two more men crossed at the Bender border gate.")
    assert {a.name for a in facts.actors.values()} == {"Moldova", "Transnistria"}


def test_a_peoples_name_or_a_plural_rank_before_names_is_not_part_of_them(extract) -> None:  # noqa: ANN001
    facts = extract("The rebels freed Americans Tom Reed and Jon Hale. Privates Emre Aksoy and Ali Demir were "
                    "freed too.")
    persons = {a.name for a in facts.actors.values() if a.kind == "Person"}
    assert persons == {"Tom Reed", "Jon Hale", "Emre Aksoy", "Ali Demir"}


def test_a_royal_government_mediating_is_its_state_and_not_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The ELN freed three soldiers on Monday and got back three of its fighters. The "
                                       "exchange was brokered by the Royal Norwegian Government, a longtime "
                                       "facilitator of the talks.\nColombia's army confirmed it."))
    assert swap["mediators"] == {"Norway"} and "Government of Norway" not in swap["parties"]


def test_people_sent_the_other_way_go_to_the_other_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("He came home in May in an exchange between Vilnius and Minsk that freed six "
                                       "people held in Belarus and sent four back the other way."))
    assert swap["returns"] == {("Lithuania", 6), ("Belarus", 4)}


def test_crediting_a_state_with_mediation_efforts_makes_it_the_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract('Peru said 30 soldiers had been returned "in return for 30 Bolivian '
                                       'prisoners." The ministry also credited Chile with "mediation efforts".'))
    assert swap["mediators"] == {"Chile"}


@pytest.mark.parametrize("name", ["Directorate of Press Affairs", "Office for Returns and Reintegration",
                                  "Baltic Fisherfolk Forum"])
def test_bodies_named_by_their_remit_or_a_forum_are_organizations(extract, name: str) -> None:  # noqa: ANN001
    facts = extract(f"The {name} said in a statement that the crew members were safe.")
    assert _speakers_of(facts, "the crew members were safe") == {name}


def test_each_dated_line_of_a_bulleted_timeline_is_its_own_entry(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Timeline\n• June 2, 2019 — The first swap. Chad receives 40 soldiers and the rebels 30.\n"
        "• May 2020 — Talks in Niamey end without agreement.\n"
        "• April 2021 — Over two days of flights, 90 detainees return home in a UN-brokered exchange: Chad receives 50 "
        "people and the rebels 40.", published="2025-01-01"))
    assert len(swaps) == 2
    assert swaps[0]["date"] == dt.date(2019, 6, 2) and swaps[1]["date"] is None


def test_the_directorate_is_the_body_whose_name_says_so(extract) -> None:  # noqa: ANN001
    facts = extract("The swap is over, according to Chad's Directorate of Press Affairs. In a statement, the "
                    "directorate said that 18 people had been exchanged.")
    assert _speakers_of(facts, "18 people had been exchanged") == {"Directorate of Press Affairs"}


def test_a_states_own_service_is_not_another_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "The swap had been facilitated by Turkey. Seven people were handed over to Russia. Russia's Federal "
        "Security Service (FSB) released a video of the handover."))
    assert all("Federal Security Service" not in swap["parties"] for swap in swaps)


def test_every_that_clause_of_one_speech_verb_is_what_was_said(extract) -> None:  # noqa: ANN001
    facts = extract("Tomasz Zielinski rarely speaks about his detention. He says he was never beaten, that the meals "
                    'were "mostly rice and soup," and that he picked up some Slovak from a cellmate.')
    assert _speakers_of(facts, "he picked up some Slovak from a cellmate") == {"Tomasz Zielinski"}


def test_a_group_split_among_several_sides_makes_a_swap_of_more_than_two(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Belarus and several Western governments exchanged 14 prisoners in Vilnius on Friday, officials said. Six "
        "people were handed over to Belarus, while eight were released to the other side — four to Lithuania, "
        "three to Latvia and one to Estonia."))
    assert swap["parties"] == {"Belarus", "Lithuania", "Latvia", "Estonia"}
    assert swap["returns"] == {("Belarus", 6), ("Lithuania", 4), ("Latvia", 3), ("Estonia", 1)}


def test_describing_something_says_something_only_as_something(extract) -> None:  # noqa: ANN001
    facts = extract("Minsk described the swap in much cooler terms. Vilnius described the release of the men as "
                    "a gesture of goodwill.")
    assert {speaker for speaker, _ in said(facts)} == {"Lithuania"}


def test_a_titled_speaker_the_model_misses_keeps_a_given_name_before_two_names(extractor) -> None:  # noqa: ANN001
    from kg.extract.actors import _titled_speakers

    doc = extractor.nlp("Opposition leader María Corina Ferraz said the deal does nothing for them.",
                        disable=["kg_actors", "kg_dates", "kg_exchanges", "kg_events", "kg_statements"])
    doc.ents = []  # as when the model sees no person there
    assert [c.name for c in _titled_speakers(doc)] == ["María Corina Ferraz"]


def test_a_bodys_name_never_runs_over_a_line_break() -> None:
    from kg.extract.actors import _ORGANIZATION_NAME

    names = [m[0] for m in _ORGANIZATION_NAME.finditer("FOR IMMEDIATE RELEASE\nThe Mothers of the Missing Network")]
    assert names == ["FOR IMMEDIATE RELEASE", "The Mothers of the Missing Network"]


def test_a_word_of_a_bodys_name_reports_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Some 700 people have returned home since January, according to a count kept "
                                         "by the Vienna-based Hostage Exchange Monitor, which Mali and Niger fund."))


# -- forms found on the seventh held-out set ---------------------------------------------------

def test_a_date_set_between_commas_dates_the_completed_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The foreign ministry of Norway announces the completion, on Friday 2 "
                                       "May 2025, of a humanitarian exchange between Chile and Argentina."))
    assert swap["parties"] == {"Chile", "Argentina"} and swap["date"] == dt.date(2025, 5, 2)


def test_an_earlier_deal_told_in_a_relative_clause_is_another_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Bolivia exchanged prisoners today. Two Peruvians and six Bolivians were freed. This exchange "
        "builds upon an arrangement concluded through Swiss mediation on 4 May 2023, under which three Peru "
        "citizens and three Bolivian nationals were released."))
    assert len(swaps) == 2
    assert swaps[1]["date"] == dt.date(2023, 5, 4)
    assert swaps[1]["returns"] == {("Peru", 3), ("Bolivia", 3)}


def test_the_government_seated_in_a_capital_is_its_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The government in Kinshasa and the M23 armed group exchanged prisoners "
                                       "on Monday, officials said."))
    assert swap["parties"] == {"Democratic Republic of the Congo", "M23"}


@pytest.mark.parametrize(("text", "country"), [
    ("Talks in the Democratic Republic of Congo resumed.", "Democratic Republic of the Congo"),
    ("Talks between Congo and Angola resumed.", "Democratic Republic of the Congo"),
    ("Talks between Congo Republic and Gabon resumed.", "Republic of the Congo"),
])
def test_congo_is_the_democratic_republic_unless_called_the_republic(extract, text: str, country: str) -> None:  # noqa: ANN001
    facts = extract(text)
    assert country in names(facts, facts.actors)


def test_a_side_gets_its_count_some_sentences_after_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Colombia and the ELN swapped prisoners near Arauca yesterday. Our reporter was there. It was a long "
        "day. Buses came and went. The Colombian side received forty people. In the opposite direction, the "
        "government released a hundred and two men."))
    assert swap["returns"] == {("Colombia", 40), ("National Liberation Army", 102)}


def test_a_count_on_another_day_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Colombia and the ELN swapped prisoners near Arauca yesterday. Our reporter was there. It was a long "
        "day. Buses came and went. On 2 March, the Colombian side received forty people."))
    assert swap["returns"] == set()


def test_a_relative_day_in_a_programme_name_is_no_date(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Good evening and welcome to Sahel Tonight. Mali and Niger have swapped "
                                       "prisoners. The swap took place on Monday near Gao."))
    assert swap["date"] == dt.date(2025, 5, 5)


def test_people_walking_each_way_is_an_exchange_between_their_countries(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Monday three Latvian citizens and one Estonian walked out of Russia "
                                       "over the bridge, and four Russians walked the other way."))
    assert swap["parties"] == {"Latvia", "Estonia", "Russia"}
    assert swap["returns"] == {("Latvia", 3), ("Estonia", 1), ("Russia", 4)}


def test_a_person_described_with_an_article_is_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On 3 March Cuba freed four Canadians in exchange for a businessman "
                                       "with ties to the Cuban government."))
    assert swap["returns"] == {("Canada", 4), ("Cuba", 1)}


def test_where_the_people_were_held_is_not_whose_they_are(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In 2022 Cuba released five Canadians in return for two cousins of the "
                                       "Cuban foreign minister who had been jailed in Canada."))
    assert ("Cuba", 2) in swap["returns"]


def test_the_two_governments_are_not_the_last_government_named(extract) -> None:  # noqa: ANN001
    facts = extract("Cuba swapped prisoners with Canada, and a rival of the Cuban government was freed. The "
                    "exchange was worked out directly between the two governments.")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Cuba", "Canada"}


def test_people_freed_in_a_deal_while_others_go_the_other_way_are_exchanged(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On 4 March, six Canadians flew out of Havana in a deal brokered by Spain. "
                                       "Canada released four Cubans."))
    assert swap["parties"] == {"Canada", "Cuba"} and swap["mediators"] == {"Spain"}
    assert swap["returns"] == {("Canada", 6), ("Cuba", 4)}


def test_one_freed_in_a_deal_with_kidnappers_is_no_exchange(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("A Canadian engineer was freed in a deal with his kidnappers on Monday, "
                                         "officials said. Two other hostages remain held."))


def test_each_side_freeing_a_count_in_one_sentence_is_an_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Background: In May 2021, Ethiopia's federal government freed 40 Tigrayan fighters and the "
                    "TPLF released 25 people held in its camps. That operation was brokered by the African Union.")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Government of Ethiopia", "Tigray People's Liberation Front"}
    assert swap["mediators"] == {"African Union"}
    assert "Background" not in names(facts, facts.actors)


def test_a_possessive_country_with_a_qualifier_names_its_government(extract) -> None:  # noqa: ANN001
    facts = extract("Libya's internationally recognised government said the talks would resume.")
    assert "Government of Libya" in names(facts, facts.actors)


def test_people_travelling_in_the_opposite_direction_go_to_the_other_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Houthis and Saudi Arabia swapped prisoners on Sunday. Nine Saudi "
                                       "soldiers were flown to Abha, while twenty Houthi fighters travelled in "
                                       "the opposite direction."))
    assert swap["returns"] == {("Saudi Arabia", 9), ("Houthis", 20)}


def test_a_date_in_another_things_name_does_not_date_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Armenia and Azerbaijan completed the third swap under the March "
                                       "peace agreement today, officials said.", published="2025-06-10"))
    assert swap["date"] == dt.date(2025, 6, 10)


def test_a_swap_that_names_no_side_takes_the_sides_of_the_sentence_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Good morning. Hamas is due to free two hostages today and Israel is to "
                                       "release 90 prisoners. It is the fourth swap under the truce."))
    assert swap["parties"] == {"Hamas", "Israel"}


def test_a_swap_under_the_same_deal_has_the_same_mediators(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Hamas freed two Israeli hostages on Saturday in exchange for 90 prisoners, in a "
                                      "swap mediated by Qatar. A week earlier, on 26 April, a swap under the same "
                                      "deal saw three hostages traded for 110 prisoners."))
    assert [s["mediators"] for s in swaps] == [{"Qatar"}, {"Qatar"}]


def test_a_capital_joined_to_a_place_is_a_place_too(extract) -> None:  # noqa: ANN001
    facts = extract("Most of the freed men were driven to Gaza and Ramallah on Thursday.")
    assert "Palestine" not in names(facts, facts.actors)


@pytest.mark.parametrize(("text", "body"), [
    ("Chile's State Security Service said the men were well.", "State Security Service of Chile"),
    ("The Anna R. Lindqvist Memorial Foundation has counted 40 cases.", "Anna R. Lindqvist Memorial Foundation"),
])
def test_a_bodys_name_keeps_its_state_word_and_initials(extract, text: str, body: str) -> None:  # noqa: ANN001
    facts = extract(text)
    assert body in names(facts, facts.actors)


# -- statements found on the seventh held-out set ----------------------------------------------

def test_one_spoken_of_in_the_passive_is_not_the_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("The Rapid Support Forces, accused by the United Nations of torture, said the exchange was "
                    "fair.")
    assert _speakers_of(facts, "the exchange was fair") == {"Rapid Support Forces"}
    assert not _speakers_of(facts, "torture")


def test_a_press_release_speaks_in_the_first_person_plural(extract) -> None:  # noqa: ANN001
    facts = extract("Statement\nThe Ministry of Foreign Affairs of Norway announces the completion of an exchange "
                    "between Chile and Argentina.\nWe welcome this outcome and thank both parties for their "
                    "flexibility.\nThe ministry notes the statement of the Foreign Ministry of Chile thanking "
                    "Norway for its efforts.")
    assert _speakers_of(facts, "We welcome this outcome") == {"Ministry of Foreign Affairs of Norway"}
    assert _speakers_of(facts, "the completion of an exchange") == {"Ministry of Foreign Affairs of Norway"}
    assert _speakers_of(facts, "thanking Norway for its efforts") == {"Ministry of Foreign Affairs of Chile"}


def test_we_in_an_opinion_column_is_nobodys_statement(extract) -> None:  # noqa: ANN001
    facts = extract("There is a ritual to these swaps, and we all know the steps. We should change them.")
    assert not said(facts)


def test_a_name_the_parser_joins_to_a_person_is_their_given_name(extract) -> None:  # noqa: ANN001
    facts = extract("KASSALA \u2014 Zubeida Hassan el-Nur kept the cloth for months.\n"
                    "\u201cI kept it clean,\u201d she says.")
    assert _speakers_of(facts, "I kept it clean") == {"Zubeida Hassan el-Nur"}


def test_a_title_before_a_name_is_not_a_given_name(extract) -> None:  # noqa: ANN001
    facts = extract("Professor Jean-Marc Kabongo said the talks would resume.")
    assert _speakers_of(facts, "the talks would resume") == {"Jean-Marc Kabongo"}


def test_a_pronoun_goes_on_about_the_last_sentences_subject(extract) -> None:  # noqa: ANN001
    facts = extract('Analyst Pedro Salinas said the release of Marco Duarte looked like a gesture. "Lima gives '
                    'something today so that it can demand more tomorrow," he said.')
    assert _speakers_of(facts, "Lima gives something today") == {"Pedro Salinas"}


@pytest.mark.parametrize(("text", "mediator"), [
    ("Israel and Hamas completed a UN-brokered exchange of prisoners on Monday.", "United Nations"),
    ("Israel and Hamas swapped prisoners on Monday in a Qatari-mediated deal.", "Qatar"),
])
def test_a_hyphened_broker_mediates(extract, text: str, mediator: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text))
    assert swap["mediators"] == {mediator}


def test_the_government_receiving_where_none_is_named_is_the_state_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In April 2023 the Houthis and Yemen completed an exchange: the government "
                                       "received 181 people and the Houthis 706."))
    assert swap["returns"] == {("Yemen", 181), ("Houthis", 706)}


def test_a_headline_plural_or_a_time_zone_is_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("Live updates, last updated 15:40 GMT\n12:50 GMT \u2013 Buses leave the prison\nTwo buses "
                    "carrying freed Bolivians left the prison, the Peruvian prison service said.")
    assert not {"Buses", "GMT"} & names(facts, facts.actors)


# -- forms found on the eighth held-out set ----------------------------------------------------

def test_each_side_freeing_a_count_is_an_exchange_dated_by_its_when_clause(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Bolivia exchanged prisoners today. It is the first exchange since "
                                      "3 March, when each side freed 40 prisoners of war."))
    assert sorted(s["date"] for s in swaps) == [dt.date(2025, 3, 3), dt.date(2025, 5, 7)]


def test_a_sentence_dated_otherwise_tells_of_another_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In May 2023, Peru sent home a Bolivian pilot in return for a Peruvian engineer. On 15 June 2024, Chile "
        "released a Bolivian official. In exchange, Bolivia freed two Chilean citizens."))
    assert {frozenset(s["parties"]) for s in swaps} == {frozenset({"Peru", "Bolivia"}), frozenset({"Chile", "Bolivia"})}
    chile = next(s for s in swaps if "Chile" in s["parties"])
    assert chile["date"] == dt.date(2024, 6, 15) and chile["returns"] == {("Chile", 2), ("Bolivia", 1)}


def test_a_one_for_one_swap_takes_the_sides_of_the_people_told_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Hours earlier, Chile had put Ana Vidal, a Bolivian national, on a flight "
                                       "home. It was a one-for-one swap, brokered by Brazil."))
    assert swap["parties"] == {"Chile", "Bolivia"} and swap["mediators"] == {"Brazil"}


def test_an_abbreviation_is_the_body_whose_initials_it_is(extract) -> None:  # noqa: ANN001
    facts = extract("The Libyan National Army, the LNA, handed over 96 detainees to units allied with the "
                    "Government of National Unity in Tripoli. In return, the GNU freed 61 men who had "
                    "fought for the LNA. The United Nations Support Mission in Libya brokered the exchange.")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Libyan National Army", "Government of National Unity"}
    assert swap["returns"] == {("Government of National Unity", 96), ("Libyan National Army", 61)}
    assert swap["mediators"] == {"United Nations Support Mission in Libya"}
    assert not {"LNA", "GNU"} & names(facts, facts.actors)


def test_the_military_of_a_military_government_is_that_government(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Myanmar's military government and the rebel Arakan Army (AA) traded "
                                       "captives the day before yesterday. The AA released 36 soldiers of the "
                                       "military, while the military freed 22 AA members."))
    assert swap["date"] == dt.date(2025, 5, 5)
    assert swap["returns"] == {("Government of Myanmar", 36), ("Arakan Army", 22)}


def test_an_earlier_swap_whose_sides_are_each_side_has_the_storys_sides(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Armenia and Azerbaijan swapped prisoners yesterday. Back on 16 January, "
                                      "each side released forty men in an exchange near the border, the first time "
                                      "the UN lent its name to a swap."))
    assert [s["parties"] for s in swaps] == [{"Armenia", "Azerbaijan"}] * 2


def test_in_exchange_for_hung_on_a_clause_in_between_still_pays(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On 3 March, Chile released Ana Vidal, a Bolivian pilot who was awaiting "
                                       "trial in Santiago, in exchange for 10 Chileans. Bolivia also freed 20 "
                                       "Bolivian political prisoners as part of the package."))
    assert swap["returns"] == {("Chile", 10), ("Bolivia", 1)}  # a side freeing its own people gets none back


def test_whose_people_they_are_is_a_side_of_a_three_way_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Bolivia released 12 Paraguayan nationals on Thursday in a three-way exchange "
                                       "which also saw Brazil send home 47 Bolivian migrants."))
    assert swap["parties"] == {"Bolivia", "Paraguay", "Brazil"}
    assert swap["returns"] == {("Paraguay", 12), ("Bolivia", 47)}


def test_mediation_conducted_by_a_state_names_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile exchanged prisoners today. The exchange is the outcome "
                                       "of weeks of mediation conducted by the State of Kuwait."))
    assert swap["mediators"] == {"Kuwait"}


def test_the_one_spoken_to_is_the_interviewee(extract) -> None:  # noqa: ANN001
    facts = extract("Marta Solis spoke to Jonas Berg, head of the Red Cross delegation, in Lima.\nQ: Is a deal "
                    "close?\nA: I wish I could say yes.\nQ: Why?\nA: The lists are long.")
    assert _speakers_of(facts, "I wish I could say yes") == {"Jonas Berg"}


def test_as_noted_by_someone_reports_the_rest_of_the_sentence(extract) -> None:  # noqa: ANN001
    facts = extract("As noted by the First Deputy Minister of Justice of Peru, Ana Vidal, the transfer became possible "
                    "thanks to the cooperation of the two states.")
    assert _speakers_of(facts, "the transfer became possible") == {"Ana Vidal"}


def test_a_clip_played_in_a_broadcast_is_its_speakers_turn(extract) -> None:  # noqa: ANN001
    facts = extract("ANA PEREZ (ANCHOR): Colonel Luis Mora spoke to reporters. Let's listen.\n"
                    "[CLIP - COL. LUIS MORA, SPOKESMAN, IN SPANISH]: \"These men are sons of Peru, whatever side "
                    "they stood on.\"\nPEREZ: Thank you.")
    assert _speakers_of(facts, "These men are sons of Peru") == {"Luis Mora"}


def test_a_speech_act_joined_by_while_is_another_speakers(extract) -> None:  # noqa: ANN001
    facts = extract('The U.S. Department of State said Friday in a statement that "no American remains detained in '
                    'Bolivia", while Bolivia\'s foreign ministry said the men had been "treated properly".')
    assert _speakers_of(facts, "no American remains detained in Bolivia") == {
        "United States Department of State"}
    assert not _speakers_of(facts, "foreign ministry said")


def test_a_relative_of_a_named_person_is_a_person_too(extract) -> None:  # noqa: ANN001
    facts = extract("For two years, Hevin Darwish set a place for her son at the table. On Thursday, Rezo "
                    "Darwish finally sat in that chair.")
    assert {"Hevin Darwish", "Rezo Darwish"} <= names(facts, facts.actors)


def test_the_text_tells_the_gender_of_a_name_no_dictionary_knows(extract) -> None:  # noqa: ANN001
    facts = extract("Rezo Darwish came home on Thursday after two years. Hevin Darwish set a place for her son "
                    "at the table. \u201cI eat slowly now,\u201d he said.")
    assert _speakers_of(facts, "I eat slowly now") == {"Rezo Darwish"}


@pytest.mark.parametrize("text", [
    "Daw Nwe Ni waited at the gate for a year. On Monday her son Kyaw Lin walked through it. "
    "\u201cI could not stop crying,\u201d she said.",
    "Mrs Sela Tui waited at the gate for a year. On Monday Mr Kyaw Lin walked through it. "
    "\u201cI could not stop crying,\u201d she said.",
])
def test_a_title_or_kin_word_tells_the_gender_of_a_name_no_dictionary_knows(extract, text: str) -> None:  # noqa: ANN001
    assert _speakers_of(extract(text), "I could not stop crying") == {"Nwe Ni" if "Daw" in text else "Sela Tui"}


def test_a_burmese_honorific_is_no_part_of_the_name(extract) -> None:  # noqa: ANN001
    facts = extract("U Tin Maung, 61, runs the tea shop by the jetty. \u201cWe wait,\u201d he said.")
    assert "Tin Maung" in names(facts, facts.actors)
    assert _speakers_of(facts, "We wait") == {"Tin Maung"}


def test_laws_regions_and_peoples_are_no_actors(extract) -> None:  # noqa: ANN001
    facts = extract("Police in Kachin State charged Ko Zaw under the Public Order Act. Fighting between the "
                    "army and the ethnic Karenni armed group went on.")
    found = names(facts, facts.actors)
    assert not {"Public Order Act", "Kachin State", "Karenni"} & found


def test_a_pronoun_inside_a_quote_tells_nothing_of_the_speakers_gender(extract) -> None:  # noqa: ANN001
    facts = extract('"Each of them has the right to be laid to rest by his own family," said Halyna Bondar, a '
                    'spokeswoman. She added that DNA samples had been taken from 900 relatives.')
    assert _speakers_of(facts, "DNA samples had been taken") == {"Halyna Bondar"}


def test_a_closing_speaker_the_parser_hung_on_a_place_still_speaks(extract) -> None:  # noqa: ANN001
    facts = extract("Two buses carrying freed prisoners have left the jail near Tacna, the Peruvian Prison "
                    "Service said.")
    assert _speakers_of(facts, "Two buses carrying freed prisoners have left the jail near Tacna") == {
        "Peruvian Prison Service"}


def test_a_ministry_in_a_capital_is_that_states(extract) -> None:  # noqa: ANN001
    facts = extract("The Ministry of Foreign Affairs in Warsaw said the men were well.")
    assert _speakers_of(facts, "the men were well") == {"Ministry of Foreign Affairs of Poland"}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The European External Action Service, the EU's diplomatic arm, said the bloc was ready to assist.",
     "the bloc was ready to assist", "European External Action Service"),
    ("Ombudswoman Lucia Vera Paz said the release showed that the channels still work.",
     "the channels still work", "Lucia Vera Paz"),
    ('The Episcopal Conference of Peru offered to mediate. "The Church is ready to help," the conference said.',
     "The Church is ready to help", "Episcopal Conference of Peru"),
])
def test_bodies_and_titles_of_this_kind_speak(extract, text: str, words: str, speaker: str) -> None:  # noqa: ANN001
    assert _speakers_of(extract(text), words) == {speaker}


def test_a_place_and_an_outlet_opening_the_story_are_a_dateline() -> None:
    text = "Mandalay (Mekong Post) - Myanmar and the rebels swapped prisoners."
    assert blank_furniture(text).lstrip().startswith("Myanmar and the rebels")


def test_a_part_of_a_group_counted_with_of_adds_to_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Myanmar's junta and the Arakan Army swapped prisoners on Monday in an "
                                       "agreement brokered by China. The rebels first handed over 29 soldiers and 8 of "
                                       "their wives. In return, the military freed 31 Arakan Army members."))
    assert swap["returns"] == {("Myanmar", 37), ("Arakan Army", 31)}  # "the military" is Myanmar's, not China's


def test_a_timeline_entry_opening_with_day_month_and_year_is_dated_by_it(extract) -> None:  # noqa: ANN001
    facts = extract("How the swaps went\n12 March 2023. Georgia and Abkhazia swapped six detainees each in a deal "
                    "brokered by the EU.\n4 June 2024. Nine prisoners from each side were returned in a "
                    "swap facilitated by Switzerland.", published="2025-01-10")
    first, second = exchanges_as_read(facts)
    assert first["date"] == dt.date(2023, 3, 12) and second["date"] == dt.date(2024, 6, 4)
    assert second["returns"] == {("Georgia", 9), ("Abkhazia", 9)}
    assert second["mediators"] == {"Switzerland"}


def test_a_timeline_entry_over_a_range_of_days_is_dated_by_its_last_day(extract) -> None:  # noqa: ANN001
    facts = extract("Swaps between Peru and Chile so far\n3-5 August 2024 - The 300 for 300 exchange agreed in Lima, "
                    "carried out in three stages. Each side freed 300 fishermen.", published="2025-01-10")
    [swap] = exchanges_as_read(facts)
    assert swap["date"] == dt.date(2024, 8, 5)
    assert swap["returns"] == {("Peru", 300), ("Chile", 300)}


def test_the_mediation_of_a_timeline_entry_without_a_word_for_swap_is_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("Swaps between Peru and Chile so far\n3 March 2022 - Peru and Chile swapped nine fishermen each in "
                    "Lima.\n2 May 2023 - The second one. Peru got back 40 fishermen. "
                    "Chile received 38 sailors. The deal was reached with the mediation of Brazil.\n"
                    "9 July 2024 - A quiet one. Peru got back 12 fishermen and Chile received 12.",
                    published="2025-01-10")
    _, second, third = exchanges_as_read(facts)
    assert second["mediators"] == {"Brazil"} and second["date"] == dt.date(2023, 5, 2)
    assert third["mediators"] == set()


def test_commanders_sent_to_a_third_state_to_wait_there_go_home_to_no_side(extract) -> None:  # noqa: ANN001
    facts = extract("Swaps so far\n3 March 2023 - Russia and Ukraine swapped nine soldiers each.\n"
                    "2 May 2023 - The second one. Ukraine got back 40 soldiers. Russia received 38 prisoners. The "
                    "three Azov officers among them were sent to Turkey to stay there until the talks end.",
                    published="2025-01-10")
    _, second = exchanges_as_read(facts)
    assert second["parties"] == {"Russia", "Ukraine"}


def test_stages_headed_by_weekday_and_date_are_exchanges_of_the_mediators_of_the_operation(extract) -> None:  # noqa: ANN001,E501
    facts = extract("The operation, mediated by the ICRC, took place in two stages:\n"
                    "Monday, 3 June: Thirty soldiers released by the Karen National Union were handed over to "
                    "Myanmar, while 52 fighters released by Myanmar were driven to Myawaddy.\n"
                    "Tuesday, 4 June: Myanmar received 12 soldiers; the Karen National Union received 20.",
                    published="2024-06-05")
    first, second = exchanges_as_read(facts)
    assert (first["date"], second["date"]) == (dt.date(2024, 6, 3), dt.date(2024, 6, 4))
    assert second["returns"] == {("Myanmar", 12), ("Karen National Union", 20)}
    assert first["mediators"] == second["mediators"] == {"International Committee of the Red Cross"}


@pytest.mark.parametrize("stage", [
    "On Wednesday a second batch followed: 25 for 25.",
    "The second stage, on Wednesday, returned 25 people to each country.",
    "The next phase, on Wednesday, was 25 for 25.",
])
def test_a_later_stage_told_by_its_numbers_is_an_exchange_of_its_own_day(extract, stage: str) -> None:  # noqa: ANN001
    facts = extract(f"Peru and Chile swapped 40 fishermen each on Monday. {stage}", published="2025-05-28")
    first, second = exchanges_as_read(facts)
    assert first["date"] == dt.date(2025, 5, 26) and second["date"] == dt.date(2025, 5, 28)
    assert second["parties"] == {"Peru", "Chile"} and second["returns"] == {("Peru", 25), ("Chile", 25)}


@pytest.mark.parametrize("other", [
    "In parliament, the next round of voting, on Wednesday, was 25 for 25.",
    "In the cricket match on Wednesday, the final round was 22 for 22.",
    "The second round of talks on Wednesday was one for one: neither side gave ground.",
])
def test_a_round_of_something_else_told_by_numbers_is_no_stage_of_the_swap(extract, other: str) -> None:  # noqa: ANN001,E501
    facts = extract(f"Peru and Chile swapped 40 fishermen each on Monday. {other}", published="2025-05-28")
    assert len(exchanges_as_read(facts)) == 1


def test_a_count_of_more_people_exchanged_on_another_day_is_another_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped 40 fishermen each on Monday. On Wednesday, 25 more were exchanged.",
                    published="2025-05-28")
    assert [swap["date"] for swap in exchanges_as_read(facts)] == [dt.date(2025, 5, 26), dt.date(2025, 5, 28)]


def test_the_mediator_of_an_earlier_swap_named_with_its_date_is_that_swaps_alone(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped 90 fishermen on Friday, more than in any earlier swap, including the "
                    "exchange in March 2023 that Brazil brokered.", published="2025-05-28")
    today, earlier = exchanges_as_read(facts)
    assert today["mediators"] == set() and earlier["mediators"] == {"Brazil"}


def test_the_mediator_of_an_earlier_one_named_among_others_stays_off_todays_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile traded 39 fishermen on Saturday, more than in any previous swap, including the "
                    "one in August 2024 that Brazil mediated.", published="2025-06-08")
    assert [swap["mediators"] for swap in exchanges_as_read(facts)] == [set()]


def test_another_deal_between_two_states_adds_no_side_to_the_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Peru got back forty fishermen on Friday in a prisoner exchange with Chile. The gas deal between "
                    "Bolivia and Brazil was brokered by Argentina years ago.", published="2025-06-08")
    assert [swap["parties"] for swap in exchanges_as_read(facts)] == [{"Peru", "Chile"}]


def test_more_prisoners_exchanged_by_the_two_countries_are_of_the_swaps_sides(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped 60 fishermen on Monday. The talks followed a spat between Brazil and "
                    "Argentina over who should host them. On Friday the two countries exchanged 40 more fishermen.",
                    published="2025-06-08")
    assert [swap["parties"] for swap in exchanges_as_read(facts)] == [{"Peru", "Chile"}, {"Peru", "Chile"}]


def test_an_earlier_event_the_swap_follows_gives_it_no_counts_or_day(extract) -> None:  # noqa: ANN001
    facts = extract("The reciprocal handover of fishermen was arranged between the governments of Peru and Chile "
                    "through diplomatic channels. It follows the one-way repatriation on 5 February of 11 Peruvian "
                    "fishermen flown from Lima.", published="2025-02-20")
    [swap] = exchanges_as_read(facts)
    assert swap["date"] != dt.date(2025, 2, 5) and swap["returns"] == set()


def test_a_crew_freed_and_counted_by_nationality_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("The nine seafarers, five Indian, two Turkish, one Latvian and one Romanian, were released late on "
                    "Saturday and flown to Accra.", published="2025-04-22")
    assert exchanges_as_read(facts) == []


def test_a_trade_set_beside_people_freed_for_things_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped 20 fishermen on Monday. In June 2021, Lima released 15 Chilean "
                    "prisoners in return for minefield maps, a trade facilitated by Brazil.",
                    published="2025-06-08")
    assert len(exchanges_as_read(facts)) == 1


def test_people_exchanged_as_what_they_were_described_as_are_an_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Honduras and El Salvador fought a short war in 1969. In March 1971 the two states exchanged what "
                    "were then described as the final prisoners of the war.", published="2025-05-28")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Honduras", "El Salvador"}


def test_people_swapped_as_them_for_other_people_are_an_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Eleven fishermen from Tumbes came home on Thursday, after Peru and Ecuador swapped them for seven "
                    "Ecuadorian fishermen.", published="2025-09-08")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Peru", "Ecuador"} and swap["date"] == dt.date(2025, 9, 4)


def test_a_states_agency_named_after_it_holding_the_price_is_no_side_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Ecuador swapped eleven fishermen on Thursday for seven Ecuadorians held by the Peru "
                    "Coastal Fisheries Agency.", published="2025-09-08")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Peru", "Ecuador"}


def test_a_spelled_out_number_after_a_month_counts_people_and_is_no_day(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Ecuador swapped 20 fishermen on Thursday. In January six Peruvian fishermen were "
                    "exchanged for six Ecuadorians.", published="2025-09-08")
    today, january = exchanges_as_read(facts)
    assert today["date"] == dt.date(2025, 9, 4) and january["date"] is None


def test_the_deal_between_two_sides_called_back_names_the_sides_of_the_swap_told(extract) -> None:  # noqa: ANN001
    facts = extract("Oman flew the freed crew to Muscat on Monday, and Egypt sent two doctors. Markets were calm. "
                    "The last big exchange in the country, in May 2022, moved 300 detainees between Sanaa and "
                    "Marib. That deal between the Houthis and Yemen's government was brokered by Kuwait.",
                    published="2025-01-24")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Houthis", "Government of Yemen"} and swap["mediators"] == {"Kuwait"}


def test_the_two_countries_are_the_pair_named_just_before_not_the_last_swaps_sides(extract) -> None:  # noqa: ANN001
    facts = extract("Colombia and the ELN swapped 12 prisoners on Monday. Decades ago, after the war between Peru "
                    "and Ecuador, the Red Cross saw to the return of prisoners. In 1996, the two countries "
                    "exchanged their last prisoners.", published="2025-05-28")
    assert [swap["parties"] for swap in exchanges_as_read(facts)] == [
        {"Colombia", "National Liberation Army"}, {"Peru", "Ecuador"}]


def test_a_when_clause_on_a_dated_truce_tells_a_swap_of_that_time(extract) -> None:  # noqa: ANN001
    facts = extract("Hamas freed three hostages today in return for 183 prisoners held by Israel. A video shown "
                    "online is older. It matches footage from the May 2021 truce, when Hamas freed hostages in "
                    "batches in return for Palestinian prisoners.", published="2025-02-01")
    assert [swap["date"] for swap in exchanges_as_read(facts)] == [dt.date(2025, 2, 1), None]


def test_states_saying_they_mediated_the_swap_are_its_mediators(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped two men on Monday. Qatar and Kuwait issued a joint "
                                       "statement saying they had mediated the exchange.", published="2025-04-13"))
    assert swap["mediators"] == {"Qatar", "Kuwait"}


def test_the_agency_of_the_mediating_state_carrying_out_the_handover_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Nine Georgian sailors held by Russia came home on Friday in a swap brokered by Turkey, in which Georgia "
        "released four Russian crewmen. Officers of Turkey's National Intelligence Organization carried out the "
        "handover in Istanbul.", published="2025-03-03"))
    assert swap["parties"] == {"Georgia", "Russia"}
    assert swap["mediators"] == {"Turkey", "National Intelligence Organization"}


def test_a_states_armed_forces_named_against_a_rebel_group_of_its_own_are_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Sunday, 35 soldiers of the Sudanese Armed Forces and 20 fighters of the "
                                       "Rapid Support Forces were exchanged near Kosti.", published="2025-03-03"))
    assert swap["parties"] == {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_armed_forces_that_only_comment_elsewhere_leave_the_state_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Sudan and the Rapid Support Forces traded prisoners on Friday, eight soldiers "
                                       "for five fighters. The Sudanese Armed Forces said the war would go on.",
                                       published="2025-03-03"))
    assert swap["parties"] == {"Sudan", "Rapid Support Forces"}


def test_a_states_army_against_another_state_leaves_the_state_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Sunday, 35 soldiers of the Ukrainian Armed Forces came home in exchange "
                                       "for 35 Russian servicemen.", published="2025-03-03"))
    assert swap["parties"] == {"Ukraine", "Russia"}


def test_states_saying_they_mediated_earlier_rounds_mediated_no_swap_of_today(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped 75 fishermen apiece on Sunday. Brazil and Argentina "
                                       "said they had mediated earlier rounds last year.", published="2025-06-08"))
    assert swap["mediators"] == set()


def test_a_swap_of_its_own_after_a_ransom_clause_is_no_trade_for_things(extract) -> None:  # noqa: ANN001
    facts = extract("The gang freed a nurse in exchange for cash, officials said, while separately, a swap "
                    "facilitated by Qatar saw Peru and Chile trade 12 prisoners.", published="2025-06-08")
    assert [swap["parties"] for swap in exchanges_as_read(facts)] == [{"Peru", "Chile"}]


def test_a_sides_own_agency_credited_with_brokering_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and the United States swapped two prisoners on Thursday in Abu Dhabi. "
                                       "The CIA brokered the exchange.", published="2025-04-13"))
    assert swap["mediators"] == set()


def test_a_swap_in_a_when_clause_about_people_released_takes_the_when_date(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped two men on Thursday. Ruiz remained in a Chilean prison until March 2024, "
                    "when he was one of 14 people released by Chile in a big swap in Santiago.", published="2025-04-13")
    assert [swap["date"] for swap in exchanges_as_read(facts)] == [dt.date(2025, 4, 10), None]


def test_who_negotiated_the_truce_a_swap_took_place_in_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In May 2019, during a truce negotiated by Norway and Chile, the ELN freed "
                                       "15 soldiers and Colombia released 40 guerrillas.", published="2020-01-01"))
    assert swap["mediators"] == {"Norway", "Chile"}


def test_sides_that_negotiated_their_own_deal_stay_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Under a deal negotiated by Colombia and the ELN, the ELN freed 15 soldiers "
                                       "and Colombia released 40 guerrillas.", published="2020-01-01"))
    assert swap["mediators"] == set() and swap["parties"] == {"Colombia", "National Liberation Army"}


def test_people_held_in_a_states_jails_were_let_go_by_that_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Five years ago today, nine Malian soldiers held by JNIM were freed in "
                                       "exchange for 20 prisoners held in Malian jails.", published="2024-03-02"))
    assert swap["date"] == dt.date(2019, 3, 2)
    assert swap["returns"] == {("Mali", 9), ("Jama'at Nusrat al-Islam wal-Muslimin", 20)}


def test_the_price_of_a_release_paid_in_people_makes_it_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On 3 March 2012, the Turkish engineer Can Aydin was freed by the Free Syrian "
                                       "Army in a deal brokered by Qatar. The price was 40 prisoners handed over to "
                                       "the rebels.", published="2012-03-10"))
    assert swap["parties"] == {"Turkey", "Free Syrian Army"} and swap["mediators"] == {"Qatar"}
    assert swap["returns"] == {("Free Syrian Army", 40), ("Turkey", 1)}


def test_the_price_of_a_deal_in_money_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("On 3 March 2012, the Turkish engineer Can Aydin was freed by the Free Syrian Army in a deal "
                    "brokered by Qatar. The price was $2 million.", published="2012-03-10")
    assert exchanges_as_read(facts) == []


def test_a_similar_exchange_on_another_day_told_after_this_one_is_another(extract) -> None:  # noqa: ANN001
    facts = extract("The government and the ELN exchanged prisoners on Thursday: 11 soldiers for 13 guerrillas. "
                    "It comes a month after a comparable local swap on the 17th of last month in Cucuta, in which "
                    "7 government soldiers were freed in return for 7 ELN elements.", published="2025-04-25")
    first, second = exchanges_as_read(facts)
    assert first["date"] == dt.date(2025, 4, 24) and second["date"] == dt.date(2025, 3, 17)
    assert second["returns"] == {("Government of Colombia", 7), ("National Liberation Army", 7)}


def test_a_deal_between_the_sides_carried_out_with_people_freed_is_an_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("The largest deal between Sudan and the RSF was carried out in May 2024 under the auspices of "
                    "the ICRC, and included the release of 300 detainees.", published="2025-04-25")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Sudan", "Rapid Support Forces"}
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_a_deal_told_done_without_sides_between_it_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("The ceasefire deal was carried out in May 2024, and 300 detainees were released by the RSF.",
                    published="2025-04-25")
    assert exchanges_as_read(facts) == []


def test_a_sheikh_who_led_a_tribal_mediation_mediates_in_his_own_name(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Sudan and the RSF swapped 20 prisoners each on Monday, after a tribal "
                                       "mediation led by Sheikh Omar al-Tayeb.", published="2025-04-25"))
    assert swap["mediators"] == {"Omar al-Tayeb"}


def test_the_first_of_the_exchanges_told_after_them_is_another_with_people_each_way(extract) -> None:  # noqa: ANN001
    facts = extract("On 4 May 2021 Mali handed 19 detainees over to JNIM, and the group released 14 soldiers in "
                    "return. The exchanges were negotiated by Algerian and Mauritanian intelligence officers.\n"
                    "The first of them, in October 2018, was modest: ten people each way.", published="2022-01-05")
    first, second = exchanges_as_read(facts)
    assert first["date"] == dt.date(2021, 5, 4) and first["mediators"] == {"Algeria", "Mauritania"}
    assert second["returns"] == {("Mali", 10), ("Jama'at Nusrat al-Islam wal-Muslimin", 10)}
    assert second["mediators"] == {"Algeria", "Mauritania"}


def test_the_opposition_is_the_armed_group_of_the_states_own_war(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Islamic State still holds hostages in the desert. On Monday the Syrian government handed 23 prisoners "
        "over to the opposition, and the factions freed 16 soldiers in return. The Syrian National Army "
        "confirmed it.", published="2021-02-10"))
    assert "Syrian National Army" in swap["parties"] and "Islamic State" not in swap["parties"]


def test_a_day_the_ner_labelled_an_event_dates_what_that_day_saw(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ana Ruiz still recalls the morning of 9 February 2021 in detail. That day Peru handed 19 fishermen over to "
        "Chile, and Chile released 14 sailors in return.", published="2025-03-23"))
    assert swap["date"] == dt.date(2021, 2, 9)


def test_an_interviewees_we_is_the_side_their_role_names_and_answers_tell_the_story(extract) -> None:  # noqa: ANN001
    facts = extract(
        "Host Lena Vos spoke with Goran Pavic, a senior official of Croatia's prisoner office, about Friday's "
        "exchange with Serbia.\n"
        "VOS: Tell us what happened on Friday.\n"
        "PAVIC: It was a long day. We brought home 40 soldiers. In return, 38 Serbian servicemen went back to "
        "Serbia. Many had been held for years. It was hard.\n"
        "VOS: Who made it possible?\n"
        "PAVIC: Hungary mediated, as it has done before.\n"
        "VOS: Let's go back to March 2019, the exchange that brought home the river pilots.\n"
        "PAVIC: That was the biggest one then. On the ninth of March we got back 60 people. Serbia got 52 "
        "people back.", published="2024-08-26")
    first, second = exchanges_as_read(facts)
    assert first["date"] == dt.date(2024, 8, 23) and first["mediators"] == {"Hungary"}
    assert first["returns"] == {("Croatia", 40), ("Serbia", 38)}
    assert second["date"] == dt.date(2019, 3, 9) and second["returns"] == {("Croatia", 60), ("Serbia", 52)}


def test_the_day_of_what_an_exchange_followed_is_not_its_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru freed seven Chilean sailors on Saturday in return for two Peruvian fishermen. The exchange followed a "
        "visit to Lima in March by a Chilean delegation.", published="2022-10-02"))
    assert swap["date"] == dt.date(2022, 10, 1)


def test_bodies_received_in_turn_for_bodies_are_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Armenia received the bodies of 300 fallen soldiers on Friday in a repatriation of remains with "
                    "Azerbaijan, which in turn received the bodies of 21 of its servicemen.", published="2025-10-17")
    assert exchanges_as_read(facts) == []


def test_the_us_in_an_interview_is_the_united_states_not_the_speakers_us(extract) -> None:  # noqa: ANN001
    facts = extract("Host Lena Vos spoke with Goran Pavic, a senior official of Croatia's prisoner office.\n"
                    "VOS: What about 2014?\n"
                    "PAVIC: In May 2014 the US recovered a sergeant from the Taliban in return for five jailed Taliban "
                    "commanders.", published="2024-08-26")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"United States", "Taliban"}


def test_a_mediator_of_this_agreement_right_after_the_swap_mediated_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Yesterday Peru released two Chilean sailors, and in return Chile released five Peruvian fishermen. Brazil "
        "mediated this agreement from start to finish.", published="2023-12-21"))
    assert swap["mediators"] == {"Brazil"}


def test_who_led_the_talks_that_bore_the_swap_mediated_it_but_not_a_led_coalition(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The swap was the fruit of Swiss-led negotiations in Geneva: Sudan and the "
                                       "RSF freed 100 prisoners each.", published="2023-04-20"))
    assert swap["mediators"] == {"Switzerland"}
    [swap] = exchanges_as_read(extract("The Saudi-led coalition and the Houthis swapped 100 prisoners each on "
                                       "Monday.", published="2023-04-20"))
    assert swap["mediators"] == set()


def test_mediation_by_their_leaders_is_by_those_who_say_so(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru freed a Chilean pilot in return for a Peruvian diplomat on Thursday. Brazil and Argentina said in a "
        "joint statement that Thursday's release came after mediation by their leaders.", published="2022-12-10"))
    assert swap["mediators"] == {"Brazil", "Argentina"}


def test_a_bare_office_is_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("The envoy said the talks were co-chaired by his Office and the Red Cross.", published="2023-04-20")
    assert "Office" not in {actor.name for actor in facts.actors.values()}


def test_two_peoples_freed_alike_by_the_same_hands_are_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Peru's president said 10 Peruvian miners had been released, and Chile confirmed that one Chilean "
                    "engineer was also freed.", published="2023-11-24")
    assert exchanges_as_read(facts) == []


@pytest.mark.parametrize("disclaimer", [
    "The ICRC, for its part, said it had served as a neutral intermediary during the handover and had "
    "had taken no part in the negotiations.",
    "Bolivia hosted the handover but said it was not a mediator.",
    "Bolivia played no role in the talks.",
])
def test_who_the_story_says_did_not_mediate_is_no_mediator(extract, disclaimer: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Peru and Chile swapped 40 prisoners each on Monday. {disclaimer}",
                                       published="2023-04-20"))
    assert swap["mediators"] == set()


def test_a_rate_of_prisoners_for_every_hostage_is_no_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Hamas freed 13 Israeli hostages on Friday. Under the agreement, Israel "
                                       "releases three Palestinian detainees for every hostage handed over.",
                                       published="2023-11-24"))
    assert ("Hamas", 3) not in swap["returns"]


def test_a_digest_headline_of_a_player_swap_told_below_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("1. FOOTBALL: Lima FC and Callao United agree a swap\nThe two clubs have agreed an unusual "
                    "player-for-player deal, with midfielder Ivo Ruiz moving to Callao.", published="2025-08-19")
    assert exchanges_as_read(facts) == []


def test_money_sent_through_exchange_houses_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Remittances through Peru's exchange houses rose 9 per cent as workers sent more money home to "
                    "their families.", published="2025-08-19")
    assert exchanges_as_read(facts) == []


def test_the_today_of_years_ago_today_is_no_date_of_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ten years ago today, Peru and Chile swapped ten prisoners each at Lima "
                                       "airport.", published="2020-07-09"))
    assert swap["date"] == dt.date(2010, 7, 9)


def test_the_place_of_a_swap_is_no_side_where_the_story_leaves_a_side_unnamed(extract) -> None:  # noqa: ANN001
    facts = extract("A decade ago today, two jets were parked wingtip to wingtip at Lisbon airport. Ten Russian spies "
                    "flew back to Moscow, while four men who had been imprisoned in Russia flew out the other way. Did "
                    "the Portuguese broker the deal? No. Portugal was a convenient place to park two aircraft, and "
                    "Lisbon lent the runway. The Americans got four people they wanted.", published="2020-07-09")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Russia", "United States"}


def test_people_counted_before_the_swap_is_named_are_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("When the bus pulled into the village on Wednesday night, his daughter hid.\n"
                    "Ruiz was one of 30 Peruvian fishermen handed over by Chile at the border on Tuesday. An hour "
                    "earlier, Peru had sent 18 Chilean sailors over the border in the other direction. Navy "
                    "officers on both sides completed the paperwork.\n"
                    "The swap, which the two governments agreed after months of verification, was the first in a year. "
                    "In January, Chile had freed 90 Peruvian fishermen, without any Chilean being released in "
                    "return.", published="2018-03-08")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Peru", 30), ("Chile", 18)} and swap["date"] == dt.date(2018, 3, 6)


def test_a_one_way_transfer_told_first_is_not_the_older_dated_exchange_told_later(extract) -> None:  # noqa: ANN001
    facts = extract("Seven Peruvian citizens convicted in Chile were transferred to Peru on Tuesday to serve their "
                    "sentences at home.\nLet us remind that on 14 October 2022 the Peruvian and Chilean sides carried "
                    "out the exchange of five Peruvians for three Chileans.", published="2025-04-23")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Peru", 5), ("Chile", 3)}


def test_a_hyphened_given_name_keeps_its_second_half(extract) -> None:  # noqa: ANN001
    facts = extract('"We needed a bat more than an arm," the club\'s general manager Choi Min-seok said.',
                    published="2025-01-01")
    assert _speakers_of(facts, "We needed a bat") == {"Choi Min-seok"}


def test_one_held_who_landed_home_and_one_who_flew_the_other_way_were_swapped(extract) -> None:  # noqa: ANN001
    facts = extract("The pattern is old. On 2 May 2021, Danish engineer Lars Holm, held in Belarus for 300 days, "
                    "landed in Vilnius. Hours later Ivan Sokol, a Belarusian officer serving a sentence in Denmark, "
                    "flew the other way. The exchange, mediated by Lithuania, was made possible by a treaty.",
                    published="2024-01-01")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Denmark", "Belarus"} and swap["mediators"] == {"Lithuania"}
    assert swap["returns"] == {("Denmark", 1), ("Belarus", 1)} and swap["date"] == dt.date(2021, 5, 2)


def test_one_let_go_is_not_counted_home_to_his_nationality(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 May 2023, Peru freed five Chilean sailors. In return, Chile freed Ivo Ruiz, the Bolivian "
        "businessman accused of spying for Peru.", published="2023-05-05"))
    assert ("Bolivia", 1) not in swap["returns"]


def test_one_let_go_for_another_released_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Caracas let Carlos Mendez go, and within a day Spain released Ivo Ruiz, a "
                                       "Venezuelan who had pleaded guilty in a fraud case.", published="2025-09-20"))
    assert swap["parties"] == {"Venezuela", "Spain"}
    assert swap["returns"] == {("Spain", 1), ("Venezuela", 1)}


@pytest.mark.parametrize("text", [
    "A swap means that each side hands people over.",
    "She spoke about what separates a prisoner swap from a ransom.",
])
def test_a_swap_as_an_idea_is_no_exchange(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2025-09-20")) == []


def test_a_number_from_each_side_after_the_total_is_each_sides_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile carried out a prisoner exchange today, which saw the release "
                                       "of 80 captives, 40 from each side.", published="2025-02-05"))
    assert swap["returns"] == {("Peru", 40), ("Chile", 40)}


def test_a_bloc_that_employs_one_freed_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 15 June, Belgium freed Reza Moradi, an Iranian official, and Iran released two Belgians in exchange: the "
        "EU diplomat Pieter Claes and the teacher Jan Peeters.", published="2024-06-20"))
    assert "European Union" not in swap["parties"]


def test_sides_credited_with_brokering_a_deal_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped 14 fishermen on Friday. Brazil and Argentina were "
                                       "credited with brokering the deal."))
    assert swap["mediators"] == {"Brazil", "Argentina"}


def test_both_sides_freeing_a_number_together_is_a_total_not_a_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Somalia and al-Shabaab freed 90 prisoners on Sunday in a reciprocal "
                                       "release. The militants handed over 30 soldiers."))
    assert ("Somalia", 30) in swap["returns"] and not any(count == 90 for _, count in swap["returns"])


def test_an_unnamed_government_facing_an_armed_group_is_the_government_of_the_groups_state(extract) -> None:  # noqa: ANN001,E501
    facts = extract("The Houthis and the government released prisoners on Monday in a reciprocal release. The "
                    "government handed over 135 Houthi fighters. Kuwait, which backs the government, welcomed "
                    "the deal. The talks had been held under the auspices of the UN envoy's office, which "
                    "acted as mediator together with the Geneva-based International Committee of the Red Cross.")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Houthis", "Government of Yemen"}
    assert "International Committee of the Red Cross" in swap["mediators"]


def test_a_sentence_that_goes_on_with_the_story_keeps_the_exchange_open(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ethiopia and Eritrea exchanged soldiers on Monday. Ethiopia received 40 of its men. Eritrea got back "
        "35. The buses left from Humera at dawn. The swap was arranged with the mediation of Kenya."))
    assert swap["mediators"] == {"Kenya"}


def test_each_of_the_people_is_not_each_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Serbia and Kosovo swapped detainees on Friday. Doctors examined each "
                                       "detainee to make sure no one was hurt."))
    assert swap["returns"] == set()


def test_the_sultanate_is_the_state_whose_formal_name_says_so(extract) -> None:  # noqa: ANN001
    facts = extract("The Sultanate of Oman welcomed the news. Saudi Arabia thanked everyone involved. In a "
                    "separate handover facilitated by the Sultanate, five Saudi nationals held by the Houthis "
                    "were freed in return for 20 Yemenis held in the Kingdom.")
    assert "Sultanate" not in names(facts, facts.actors)
    [swap] = [e for e in exchanges_as_read(facts) if e["mediators"]]
    assert swap["mediators"] == {"Oman"} and swap["parties"] == {"Saudi Arabia", "Houthis"}


def test_detainees_released_by_the_parties_were_exchanged(extract) -> None:  # noqa: ANN001
    facts = extract("Detainees held over the war in Yemen were released by the parties on Sunday, the Red Cross "
                    "said. In all, 50 prisoners held by the Houthis were flown to Marib, while 70 held by the "
                    "Government of the Republic of Yemen were flown to Sanaa.", published="2025-06-02")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Houthis", "Government of Yemen"}
    assert swap["returns"] == {("Government of Yemen", 50), ("Houthis", 70)}


def test_people_held_by_an_unnamed_government_were_let_go_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Houthis and the government carried out a prisoner exchange on "
                                       "Monday. Forty men held by the government were flown to Sanaa."))
    assert swap["returns"] == {("Houthis", 40)}


def test_a_city_naming_an_accord_or_talks_is_no_state(extract) -> None:  # noqa: ANN001
    facts = extract("The envoy praised the Stockholm Agreement and the Minsk accords, and said the Doha talks "
                    "would resume.")
    assert not {"Sweden", "Belarus", "Qatar"} & names(facts, facts.actors)


def test_an_introduced_person_who_spoke_to_a_journalist_is_the_interviewee(extract) -> None:  # noqa: ANN001
    facts = extract("Marta Lindqvist spent ten years negotiating hostage releases in the Sahel. She spoke to "
                    "Tomas Berg.\nWhy do the talks take so long?\nBecause every name on a list has to be "
                    "checked twice, by both sides.\nAnd the money?\nThere is always talk of money, but mostly "
                    "it is about prisoners.")
    assert _speakers_of(facts, "every name on a list has to be checked twice") == {"Marta Lindqvist"}


def test_a_body_named_with_its_country_branch_speaks_as_one(extract) -> None:  # noqa: ANN001
    facts = extract("Amnesty International Ghana said the families had waited too long.")
    assert _speakers_of(facts, "the families had waited too long") == {"Amnesty International Ghana"}


def test_an_affiliation_before_a_groups_name_is_not_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Niger freed 20 members of the Islamic State-affiliated Group for the Support "
                                       "of Islam and Muslims in return for nine soldiers on Monday."))
    assert swap["parties"] == {"Niger", "Jama'at Nusrat al-Islam wal-Muslimin"}  # its English name is an alias


def test_a_private_soldier_named_with_his_rank_is_a_person(extract) -> None:  # noqa: ANN001
    facts = extract("Her son, Private Tomas Ruiz Vega, was among the four soldiers freed.")
    assert "Tomas Ruiz Vega" in names(facts, facts.actors)


def test_a_side_releasing_one_named_citizen_returns_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Under the arrangement, the Iranian side has released the Dutch citizen "
                                       "Mr. Pieter de Wit. In return, the Dutch side has released the Iranian "
                                       "citizen Mr. Hossein Karimi."))
    assert swap["returns"] == {("Netherlands", 1), ("Iran", 1)}


def test_a_timeline_heading_with_a_colon_dates_the_entry_under_it(extract) -> None:  # noqa: ANN001
    facts = extract("How the trades went\nAugust 3, 2021: Lindqvist for Haidari\nErik Lindqvist, a Swedish aid "
                    "worker, was seized by the Taliban in 2019. He was traded at Kabul airport for Nasir "
                    "Haidari, a Taliban commander jailed in Sweden.", published="2025-01-10")
    [swap] = exchanges_as_read(facts)
    assert swap["date"] == dt.date(2021, 8, 3)
    assert swap["returns"] == {("Sweden", 1), ("Taliban", 1)}


def test_one_man_handed_over_in_return_for_five_is_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Corporal Dan Meyer spent three years in the hands of al-Shabaab. He "
                                       "was handed to Kenyan troops in return for five al-Shabaab fighters."))
    assert swap["returns"] == {("Kenya", 1), ("al-Shabaab", 5)}


def test_a_release_opening_with_in_return_pays_for_the_one_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Friday the Taliban released Paul Ortega, a pilot held since 2022, and Sam Reid, a teacher. In "
        "return, the Obama administration had agreed to free Amin Zadran, a Taliban financier jailed in "
        "Virginia. Qatar mediated.", published="2025-02-01"))
    assert swap["parties"] == {"United States", "Taliban"}
    assert swap["returns"] == {("United States", 2), ("Taliban", 1)}
    assert swap["mediators"] == {"Qatar"}


def test_the_administration_of_a_us_president_named_in_full_is_the_united_states(extract) -> None:  # noqa: ANN001
    for text in ("In May 2023 the Administration of Joe Biden freed Amin Zadran in exchange for two Americans held "
                 "by the Taliban.",
                 "In May 2023 the Joe Biden administration freed Amin Zadran in exchange for two Americans held by "
                 "the Taliban."):
        facts = extract(text, published="2025-02-01")
        [swap] = exchanges_as_read(facts)
        assert swap["parties"] == {"United States", "Taliban"}, text
        assert not any("dministration" in a.name for a in facts.actors.values()), text
    for text in ("In 1998 the Administration of Boris Johnson freed two pilots in exchange for a Russian spy.",
                 "In 1998 the Charles Taylor administration freed two pilots in exchange for a Russian spy."):
        assert "United States" not in {a.name for a in extract(text).actors.values()}, text


def test_a_capital_after_the_airport_of_is_where_the_swap_took_place(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        '"On March 8, at the airport of Abu Dhabi, the procedure of exchanging Russian citizen Oleg Petrov for '
        'American John Smith was completed," the ministry said.', published="2026-03-09"))
    assert swap["parties"] == {"Russia", "United States"}
    [swap] = exchanges_as_read(extract("Georgia and the breakaway region of Abkhazia swapped four detainees each on "
                                       "Saturday.", published="2026-03-09"))
    assert swap["parties"] == {"Georgia", "Abkhazia"}


def test_one_named_walking_over_and_another_walking_the_other_way_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "ABU DHABI, Dec 9 - Jane Smith, the captain of the Mercury, walked across the tarmac on Friday. Viktor "
        "Petrov, the Russian arms dealer, walked the other way. The United States had sought her release for "
        "months.", published="2022-12-09"))
    assert swap["parties"] == {"United States", "Russia"}


def test_the_day_before_a_when_clause_dates_the_earlier_swap_it_tells(extract) -> None:  # noqa: ANN001
    text = ("DOHA, Sept 19 - Five Americans held in Iran were freed on Monday in exchange for five Iranians, in a deal "
            "mediated by Qatar. It was the first trade between the two rivals since March 3, 2017, when Columbia "
            "University doctoral candidate Tom Lee, jailed in Iran for two years on spying charges, was swapped in "
            "Geneva for Ali Rahimi, an Iranian chemist held in the United States.")
    swaps = exchanges_as_read(extract(text, published="2023-09-19"))
    assert sorted(s["date"] for s in swaps) == [dt.date(2017, 3, 3), dt.date(2023, 9, 18)]


def test_a_when_clause_on_an_earlier_day_keeps_its_broker_and_people_from_todays_swap(extract) -> None:  # noqa: ANN001
    text = ("Chile and Bolivia swapped three prisoners each on Friday in a deal mediated by Brazil, the first such "
            "trade since 4 June 2019, when Chile freed the trucker Luis Mamani in exchange for the Chilean customs "
            "officer Pablo Rojas in a deal brokered by the Vatican.")
    fridays, earlier = sorted(exchanges_as_read(extract(text, published="2024-05-20")), key=lambda s: -s["date"].year)
    assert fridays["mediators"] == {"Brazil"} and fridays["returns"] == {("Chile", 3), ("Bolivia", 3)}
    assert earlier["date"] == dt.date(2019, 6, 4) and "Holy See" in earlier["mediators"]


def test_a_swap_set_apart_from_the_first_since_a_war_is_an_earlier_one(extract) -> None:  # noqa: ANN001
    text = ("KABUL, May 9 - Kenya and Somalia swapped 300 and 200 prisoners of war on Friday. It was the first "
            "exchange since a truce took hold on June 4, 2019, apart from a small swap in late March 2020, when the "
            "Red Cross arranged the return of sick captives: Kenya sent home 40 Somalis and Somalia returned 25 "
            "Kenyans.")
    fridays, earlier = exchanges_as_read(extract(text, published="2021-05-09"))
    assert fridays["date"] == dt.date(2021, 5, 7) and ("Somalia", 40) not in fridays["returns"]
    assert earlier["returns"] == {("Somalia", 40), ("Kenya", 25)}


def test_a_person_named_after_a_counted_group_is_one_more_of_them(extract) -> None:  # noqa: ANN001
    for text, returned in (
            ("Kenya got back 215 people on Monday in exchange for 55 Somali soldiers and Omar Warsame, a clan elder.",
             56),
            ("Kenya and Somalia swapped prisoners on Monday. Kenya got back 215 people. Somalia got back 55 of its "
             "soldiers and Omar Warsame, a clan elder.", 56),
            ("Kenya and Somalia swapped prisoners on Monday. Kenya freed two Somali soldiers, Omar Warsame and Ali "
             "Hassan, and Somalia handed over 30 Kenyans.", 2),
            ("Kenya got back 215 people on Monday in exchange for 55 Somali soldiers and 3 civilians, Aden Farah "
             "said.", 58)):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert ("Somalia", returned) in swap["returns"], text


def test_the_day_a_procedure_of_exchanging_was_completed_is_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "MOSCOW, Dec 9 - On December 7, at the airport of Doha, the procedure of exchanging Russian citizen Oleg "
        "Petrov for American John Smith was completed, the ministry said.", published="2022-12-09"))
    assert swap["date"] == dt.date(2022, 12, 7)


def test_whom_one_was_swapped_for_is_read_where_the_parser_lost_the_object_of_for(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russian citizen Oleg Petrov, who had served a sentence in the United States, has returned home after "
        "being swapped for American teacher Brittney Griner, the Russian Foreign Ministry said on Thursday.",
        published="2026-03-09"))
    assert swap["parties"] == {"Russia", "United States"}


def test_agreeing_to_free_someone_in_return_without_a_release_before_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("The talks in Doha ended late. In return, the administration agreed to free Amin Zadran, "
                    "officials said.")
    assert exchanges_as_read(facts) == []


def test_the_14th_is_that_day_of_the_month_of_publication(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and the FACT rebels swapped 12 prisoners each in a handover near "
                                       "Abeche on the 14th.", published="2025-06-16"))
    assert swap["date"] == dt.date(2025, 6, 14)


def test_the_14th_after_publication_day_is_the_month_befores() -> None:
    from kg.extract.dates import resolve

    assert resolve("on the 20th", dt.date(2025, 6, 16)).day == dt.date(2025, 5, 20)


def test_people_a_side_had_captured_were_let_go_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Niger freed 25 men accused of belonging to Boko Haram in return for 9 "
                                       "soldiers the militants had captured."))
    assert swap["returns"] == {("Boko Haram", 25), ("Niger", 9)}


def test_a_delegation_from_a_body_mediates_as_that_body(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and the FACT rebels swapped 12 prisoners each on Monday. The deal "
                                       "was brokered by a visiting delegation from the Council of Elders of Kanem."))
    assert swap["mediators"] == {"Council of Elders of Kanem"}


def test_one_side_handing_over_and_the_other_sending_back_is_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kyrgyzstan handed over 14 Tajik border guards on Monday and Tajikistan "
                                       "sent back three Kyrgyz soldiers."))
    assert swap["parties"] == {"Kyrgyzstan", "Tajikistan"}
    assert swap["returns"] == {("Tajikistan", 14), ("Kyrgyzstan", 3)}


def test_one_side_handing_over_people_alone_is_no_exchange(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Kyrgyzstan handed over 14 Tajik border guards on Monday.")) == []


def test_the_13th_answering_a_month_just_named_is_that_months(extract) -> None:  # noqa: ANN001
    facts = extract("Q: The last handover was in March 2022?\nA: Yes, on the 13th. Kyrgyzstan handed over 14 "
                    "Tajik border guards and Tajikistan sent back three Kyrgyz soldiers.", published="2025-06-20")
    [swap] = exchanges_as_read(facts)
    assert swap["date"] == dt.date(2022, 3, 13)


def test_two_sides_releasing_captives_to_each_other_exchanged_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "DR Congo's army and the M23 rebels released scores of captives to each other on Sunday. Under the "
        "arrangement, M23 freed 30 soldiers it had been holding, while the army let go of 22 M23 fighters.",
        published="2025-01-13"))
    assert swap["parties"] == {"DR Congo", "M23"} or swap["parties"] == {"Democratic Republic of the Congo", "M23"}
    assert {count for _, count in swap["returns"]} == {30, 22}
    assert swap["date"] == dt.date(2025, 1, 12)


def test_two_sides_that_will_hand_lists_to_a_mediator_exchanged_no_one(extract) -> None:  # noqa: ANN001
    facts = extract("Under the agreement, the two sides will hand their lists of prisoners to the Red Cross, which "
                    "will then organise the releases.")
    assert exchanges_as_read(facts) == []


def test_a_states_rival_authorities_are_not_that_state_as_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Libya's rival authorities freed 20 detainees on Monday in a reciprocal release. Twelve men held by the "
        "Libyan National Army were driven across the front line and handed to officials of the Government of "
        "National Unity, while eight prisoners travelled the other way."))
    assert "Libya" not in swap["parties"]
    assert ("Libyan National Army", 8) in swap["returns"]


def test_a_mutual_transfer_handing_people_over_to_a_side_first_is_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 14 March 2024, with the mediation of the Uzbek side, a mutual transfer of detained citizens of the "
        "Republic of Tajikistan and the Kyrgyz Republic took place. The Tajik side first handed over to the "
        "Kyrgyz side 7 (seven) nationals of the Kyrgyz Republic, while the Kyrgyz side, for its part, handed over "
        "to the Tajik side 4 (four) nationals of the Republic of Tajikistan.", published="2024-03-15"))
    assert swap["mediators"] == {"Uzbekistan"}
    assert swap["returns"] == {("Kyrgyzstan", 7), ("Tajikistan", 4)}


def test_a_number_spelled_out_again_in_brackets_is_blanked() -> None:
    assert blank_furniture("freed 9 (nine) men, not 5 (see below)") == "freed 9        men, not 5 (see below)"


def test_a_number_given_again_in_digits_after_its_words_is_blanked() -> None:
    assert blank_furniture("about forty-two (42) men, see Article (3)") == "about forty-two      men, see Article (3)"


def test_counts_written_in_words_then_digits_are_returns(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Tuesday the army and the Rapid Support Forces exchanged detainees. Twenty-two (22) people came back "
        "to the army side, and seventeen (17) were handed to the RSF.", published="2024-11-02"))
    assert swap["returns"] == {("Sudan", 22), ("Rapid Support Forces", 17)}


def test_people_released_to_an_armed_group_make_it_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Niger got back three hostages on Friday, and in return it released about 150 prisoners to the JNIM.",
        published="2024-06-08"))
    assert swap["parties"] == {"Niger", "Jama'at Nusrat al-Islam wal-Muslimin"}
    assert swap["returns"] == {("Niger", 3)}


def test_a_release_of_about_so_many_is_one_sides_part_of_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 March 2015, through Swiss mediation, the FARC released a captured pilot, and Colombia freed some "
        "300 guerrilla prisoners.", published="2025-12-01"))
    assert swap["parties"] == {"Colombia", "FARC"}
    assert swap["mediators"] == {"Switzerland"}
    assert ("FARC", 300) not in swap["returns"]


def test_a_release_of_about_so_many_names_no_side_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("Each of these handovers was one-way, with nothing given in return. The same was true in 1963, "
                    "when Beijing released nearly 4,000 Indian prisoners on its own timetable.", published="2021-01-12")
    assert exchanges_as_read(facts) == []


def test_a_release_one_side_made_unilaterally_is_no_part_of_a_swap(extract) -> None:  # noqa: ANN001
    facts = extract("The Houthis freed 290 detainees unilaterally in September 2019, and Saudi Arabia sent more than "
                    "100 Houthi prisoners home two months later.", published="2024-02-21")
    assert exchanges_as_read(facts) == []


@pytest.mark.parametrize("told", [
    "The junta released some 200 prisoners on Monday, a week after the JNIM freed 5 soldiers.",
    "Israel has released some 1,700 Palestinians since January, while Hamas has freed 30 hostages.",
])
def test_releases_of_about_so_many_told_side_by_side_are_no_swap(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told, published="2025-07-08")) == []


def test_two_sides_each_receiving_their_people_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday the Nusra Front got 13 prisoners from Lebanese jails, and Lebanon got 16 soldiers back.",
        published="2015-12-01"))
    assert swap["parties"] == {"Lebanon", "al-Nusra Front"}
    assert swap["returns"] == {("Lebanon", 16), ("al-Nusra Front", 13)}


def test_two_states_receiving_things_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("This year Ukraine received 40 tanks from Germany, and Russia received 13 drones from Iran.",
                    published="2015-12-01")
    assert exchanges_as_read(facts) == []


def test_a_swap_told_again_on_its_day_by_a_states_government_is_one_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Yemen freed 212 Houthi fighters on Tuesday, in return for 168 people held by the Houthis, in talks mediated "
        "by Oman.\nTimeline\n• October 15, 2020 — The Houthis receive 681 prisoners and the government 375.\n"
        "• January 27, 2026 — The Houthis receive 212 fighters and the government 168 detainees.",
        published="2026-01-29"))
    assert sorted(swap["date"] for swap in swaps) == [dt.date(2020, 10, 15), dt.date(2026, 1, 27)]


def test_a_count_of_about_so_many_is_no_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ukraine and Russia exchanged prisoners on Friday: more than 300 Ukrainians came home, and Russia got 150 "
        "of its soldiers back.", published="2025-12-01"))
    assert swap["returns"] == {("Russia", 150)}


def test_a_place_people_walked_out_of_is_no_side(extract) -> None:  # noqa: ANN001
    facts = extract("On Saturday, 82 Nigerian girls walked out of the Sambisa in exchange for five Boko Haram "
                    "commanders.", published="2024-04-16")
    assert not any("Sambisa" in swap["parties"] for swap in exchanges_as_read(facts))


def test_the_one_who_led_the_elders_who_brokered_a_swap_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Wednesday, the Somali army and al-Shabaab exchanged prisoners near Mahas. The handover was brokered by "
        "clan elders led by Sheikh Ahmed Hassan Farah.", published="2025-02-10"))
    assert swap["mediators"] == {"Ahmed Hassan Farah"}


@pytest.mark.parametrize("told", [
    "The Red Cross completed the release and transfer of the detainees over three days.",
    "The handover was carried out by the International Committee of the Red Cross.",
])
def test_a_neutral_body_that_carried_out_the_swaps_operation_mediated_it(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        f"The Houthis and the government exchanged 800 detainees on Sunday. {told}", published="2023-04-17"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_a_neutral_body_that_only_carried_out_a_swap_others_mediated_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Qatar brokered the exchange between the M23 rebels and the Congolese government on Friday. The Red Cross "
        "conducted the release of the 60 detainees in Goma.", published="2025-07-08"))
    assert swap["mediators"] == {"Qatar"}


def test_a_neutral_body_moving_other_people_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "As Russia and Ukraine exchanged 95 prisoners each, the UN refugee agency completed the transfer of 40 "
        "orphans from Kherson to Poland.", published="2025-07-08"))
    assert swap["mediators"] == set()


def test_the_leader_of_a_sides_own_team_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The prisoner exchange between Israel and Hamas was negotiated by an Israeli team led by Mossad chief "
        "David Barnea.", published="2025-07-08"))
    assert swap["mediators"] == set()


def test_a_neutral_body_carrying_out_anything_else_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Houthis and the government exchanged 800 detainees on Sunday. The ICRC carried out visits to the "
        "prisons last year.", published="2023-04-17"))
    assert swap["mediators"] == set()


@pytest.mark.parametrize(("told", "persons"), [
    ("Paul-André Grenier, who has died aged 84, had a vivid turn of phrase.", {"Paul-André Grenier"}),
    ("The clubs agreed a deal that sends Brazilian winger Thiago Rezende to Istanbul, with Turkish defender Emre "
     "Kaan moving the other way.", {"Thiago Rezende", "Emre Kaan"}),
    ("Armenia returned two Azerbaijani soldiers, Huseyn Akhundov and Aghshin Babirov, in a goodwill step.",
     {"Huseyn Akhundov", "Aghshin Babirov"}),
    ("In a statement, Minister of State Noura bint Saeed Al Marri said the children were safe.",
     {"Noura bint Saeed Al Marri"}),
    ("His Beatitude Onufriy thanked the chaplains for their prayers.", {"Onufriy"}),
    ("In a statement, HE Minister of State for Cooperation Noura bint Saeed Al Marri said the children were safe.",
     {"Noura bint Saeed Al Marri"}),
    ("Security minister Mariana Lucía Herrera Quintana called the move a sovereign decision.",
     {"Mariana Lucía Herrera Quintana"}),
    ("Deputy governor Kittipong Saelim told villagers near the river to move their cattle.", {"Kittipong Saelim"}),
])
def test_persons_the_ner_cut_short_or_took_for_bodies_are_persons(extract, told: str, persons: set) -> None:  # noqa: ANN001,E501
    facts = extract(told)
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == persons


def test_a_court_is_no_side_of_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Pieter Claes, a Belgian aid worker, was arrested in Tehran in 2022.\nThe Constitutional Court suspended "
        "the transfer treaty in December.\nOn 26 May, the diplomat Reza Kamali was taken from prison and flown to "
        "Muscat, while Mr Claes was released by Iran. It was a one-for-one exchange: each State recovered one of "
        "its nationals.", published="2024-02-21"))
    assert swap["parties"] == {"Belgium", "Iran"}


def test_sides_named_after_a_fronted_phrase_with_its_mediator_are_the_subjects(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "After talks mediated by Qatar, Venezuela and the United States swapped ten prisoners each on Friday.",
        published="2024-02-21"))
    assert (swap["parties"], swap["mediators"]) == ({"United States", "Venezuela"}, {"Qatar"})


def test_a_fronted_list_of_mediators_ends_where_its_and_does(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "After talks mediated by Egypt, Qatar and the United States, Israel and Hamas exchanged 33 hostages for "
        "1,900 prisoners.", published="2025-02-01"))
    assert (swap["parties"], swap["mediators"]) == ({"Hamas", "Israel"}, {"Egypt", "Qatar", "United States"})


def test_the_fronted_phrase_is_read_only_after_after_or_following(extract) -> None:  # noqa: ANN001
    facts = extract("Before talks mediated by Qatar, Israel and Hamas had swapped prisoners only once.",
                    published="2025-02-01")
    assert all("Qatar" not in swap["mediators"] for swap in exchanges_as_read(facts))


def test_mediators_listed_before_the_clauses_own_subject_stay_mediators(extract) -> None:  # noqa: ANN001
    facts = extract("Russia and Ukraine swapped 90 prisoners each on Monday. After the swap mediated by Qatar, Oman "
                    "and Turkey, the two sides agreed to meet again.", published="2024-02-21")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Russia", "Ukraine"}


def test_people_a_plane_carried_home_in_a_handover_were_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Saudi Arabia and the Houthis completed a reciprocal release of detainees on Sunday. A plane carrying 80 "
        "Houthi detainees landed in Sanaa. Earlier a second flight had taken 12 Saudi nationals to Abha."))
    assert swap["returns"] == {("Houthis", 80), ("Saudi Arabia", 12)}


def test_militants_taking_hostages_return_no_one(extract) -> None:  # noqa: ANN001
    facts = extract("Militants took 12 Saudi nationals hostage near the border on Sunday.")
    assert exchanges_as_read(facts) == []


def test_an_unnamed_government_paid_with_its_own_people_is_the_groups_states(extract) -> None:  # noqa: ANN001
    facts = extract("Oman brokered a swap between Saudi Arabia and the Houthis in March. On Friday, the government "
                    "handed over 120 Houthi detainees in return for 40 of its own personnel.", published="2025-05-05")
    friday = [e for e in exchanges_as_read(facts) if ("Houthis", 120) in e["returns"]]
    assert friday and friday[0]["parties"] == {"Houthis", "Government of Yemen"}
    assert ("Government of Yemen", 40) in friday[0]["returns"]


def test_rebels_the_story_does_not_name_are_the_states_armed_opposition(extract) -> None:  # noqa: ANN001
    facts = extract("How the talks went\n3 May 2021 - The Ethiopian government released 14 detainees and the "
                    "rebels freed 9, in a swap arranged by elders.", published="2022-01-10")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Government of Ethiopia", "Ethiopian armed opposition"}
    assert swap["returns"] == {("Ethiopian armed opposition", 14), ("Government of Ethiopia", 9)}
    assert swap["date"] == dt.date(2021, 5, 3)


def test_a_year_before_a_count_is_not_part_of_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Armenia and Azerbaijan swapped prisoners at the end of 2019 - thirty "
                                       "detainees from each side crossed the border."))
    assert {count for _, count in swap["returns"]} <= {30}


def test_a_named_armed_group_is_the_side_the_rebels_stand_for(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Niger freed 20 suspected rebels in exchange for five soldiers held by "
                                       "Boko Haram, officials said."))
    assert swap["parties"] == {"Niger", "Boko Haram"}


def test_an_exchange_long_before_todays_is_another_one(extract) -> None:  # noqa: ANN001
    facts = extract("Ankara welcomed the completion of the exchange between Russia and Ukraine today. Some "
                    "context: on 3 March 2019, Russia freed 12 sailors in return for Ukraine releasing 12 "
                    "fishermen.", published="2024-06-01")
    assert [swap["date"] for swap in exchanges_as_read(facts)] == [dt.date(2024, 6, 1), dt.date(2019, 3, 3)]


def test_a_mediator_named_before_the_exchange_is_told_mediated_it(extract) -> None:  # noqa: ANN001
    facts = extract("08:10 - A reminder of how this agreement came together: Norway mediated, over two years of quiet "
                    "contacts.\n09:30 - Colombia and the ELN have completed the exchange, the army said.",
                    published="2024-06-01")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Norway"}


def test_people_released_after_the_other_side_freed_some_were_exchanged(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Four teachers abducted by al-Shabaab last year were released on Friday, after Kenya's authorities freed "
        "nine of the group's detained members, officials said.", published="2025-03-10"))
    assert swap["parties"] == {"Kenya", "al-Shabaab"}
    assert swap["returns"] == {("Kenya", 4), ("al-Shabaab", 9)}


def test_one_release_told_after_another_in_the_passive_alone_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Four teachers abducted by al-Shabaab last year were released on Friday, officials said.")
    assert exchanges_as_read(facts) == []


def test_the_day_of_this_or_last_month_is_resolved() -> None:
    from kg.extract.dates import resolve

    assert resolve("on the 20th of this month", dt.date(2025, 11, 28)).day == dt.date(2025, 11, 20)
    assert resolve("the 3rd of last month", dt.date(2025, 11, 28)).day == dt.date(2025, 10, 3)


def test_people_who_went_home_because_the_other_side_handed_some_back_were_exchanged(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The six went home because Niger handed 13 Boko Haram fighters back to "
                                       "the group, in an arrangement brokered by Qatar."))
    assert swap["returns"] == {("Boko Haram", 13), ("Niger", 6)}
    assert swap["mediators"] == {"Qatar"}


def test_a_swap_told_in_a_when_clause_happened_though_the_main_clause_denies_something(extract) -> None:  # noqa: ANN001
    facts = extract("In May 2021, when six Canadians flew out of Tehran in return for six Iranians in an "
                    "arrangement brokered by the Omanis, her father's name was not among them.")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Canada", 6), ("Iran", 6)}
    assert swap["mediators"] == {"Oman"}


def test_a_man_who_came_home_as_one_of_a_group_counts_the_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("He came home in May, one of four Canadians freed by Iran in a deal "
                                       "brokered by Oman. In return, Ottawa freed two Iranians."))
    assert swap["returns"] == {("Canada", 4), ("Iran", 2)}


def test_a_timeline_entry_known_only_to_its_year_is_undated(extract) -> None:  # noqa: ANN001
    facts = extract("How the deals went\nMay 3, 2014: The first trade\nChad freed 12 rebels of the FACT movement "
                    "in return for five soldiers.\n2019: The second trade\nNiger and Boko Haram swapped 30 "
                    "prisoners each.", published="2025-01-10")
    assert [swap["date"] for swap in exchanges_as_read(facts)][-1] is None


def test_the_same_exchange_retold_between_some_of_its_sides_is_one(extract) -> None:  # noqa: ANN001
    facts = extract("Belarus freed five Poles on Friday in a three-way swap with Poland and Lithuania, which "
                    "released nine Belarusians. Timeline:\n• June 6, 2025 — Belarus frees five Poles. In "
                    "return, Lithuania sends nine Belarusians home.", published="2025-06-08")
    assert len(exchanges_as_read(facts)) == 1


def test_a_name_after_a_heading_line_is_not_cut_in_two(extract) -> None:  # noqa: ANN001
    facts = extract("March 2, 2021: Kent for Said\nMark Kent, a US Army veteran, was abducted in Kabul. He was "
                    "traded at the airport for Omar Said, a Taliban commander.", published="2025-01-10")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"United States", "Taliban"}


def test_the_handover_of_remains_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("On Monday the Ecuadorian side handed over to the Peruvian side the remains of 3 (three) soldiers "
                    "who died in August. The handover was carried out in the presence of the Red Cross.")
    assert exchanges_as_read(facts) == []


def test_a_name_with_a_part_joined_by_a_hyphen_keeps_it(extract) -> None:  # noqa: ANN001
    facts = extract("UN Secretary-General Ban Ki-moon thanked the envoy. Later Ban Ki-moon said the deal "
                    "would build confidence.")
    assert "Ban Ki-moon" in names(facts, facts.actors) and "Ban Ki" not in names(facts, facts.actors)
    [ban] = [a for a in facts.actors.values() if a.name == "Ban Ki-moon"]
    assert ban.role == "UN Secretary-General"


def test_two_person_entities_side_by_side_are_one_name(extract) -> None:  # noqa: ANN001
    facts = extract("One of those elders joins us now by phone. Ugaas Abdirahman Ali Warsame, thank you for being with "
                    "us. Later, Ali Warsame said the lists were agreed.")
    persons = {a.name for a in facts.actors.values() if a.kind == "Person"}
    assert len(persons) == 1 and next(iter(persons)).endswith("Abdirahman Ali Warsame")


def test_a_government_named_by_its_capital_is_its_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Libyan militia factions and the Tripoli government traded 30 detainees on "
                                       "Tuesday.", published="2025-02-12"))
    assert swap["parties"] == {"Libya", "Libyan armed opposition"}


def test_people_freed_from_each_side_in_an_earlier_round_are_another_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Armenia and Azerbaijan traded 40 detainees on Tuesday. Twenty Armenians were walked across "
                    "the border, while 20 detainees freed from Armenian prisons went the other way. The first "
                    "round, also overseen by Russia, took place on 24 November last year, when eleven detainees "
                    "from each side were freed.", published="2025-02-12")
    today, first = exchanges_as_read(facts)
    assert today["returns"] == {("Armenia", 20), ("Azerbaijan", 20)}
    assert first["date"] == dt.date(2024, 11, 24) and first["returns"] == {("Armenia", 11), ("Azerbaijan", 11)}


def test_a_day_without_its_year_under_a_timeline_heading_is_in_the_headings_year(extract) -> None:  # noqa: ANN001
    facts = extract("How the deals went.\nMarch 2012 - Peru\nAfter months of talks, Chile freed six Peruvian "
                    "fishermen. In return, Peru freed four Chilean sailors. The releases took place on March 9.",
                    published="2025-05-01")
    [swap] = exchanges_as_read(facts)
    assert swap["date"] == dt.date(2012, 3, 9)
    assert swap["returns"] == {("Peru", 6), ("Chile", 4)}


def test_clemency_granted_in_turn_pays_for_a_release(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On May 3, 2018, Venezuela freed three Canadians. Canada, in turn, granted "
                                       "clemency to two Venezuelans held for fraud.", published="2025-01-10"))
    assert swap["returns"] == {("Canada", 3), ("Venezuela", 2)}


def test_people_flown_home_paid_for_by_a_release_in_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Four Canadians held in Iran were flown to Muscat on May 3, 2021. In return, "
                                       "three Iranians held in Canada were freed.", published="2025-01-10"))
    assert swap["returns"] == {("Canada", 4), ("Iran", 3)}


def test_the_word_swap_is_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Governments rarely use the word swap for these deals.")) == []


def test_people_freed_by_each_side_in_a_clause_on_the_count(extract) -> None:  # noqa: ANN001
    swap = exchanges_as_read(extract("Serbia and Kosovo swapped prisoners again. The previous exchange, in "
                                     "February 2023, saw 7 detainees freed by each side."))[-1]
    assert swap["returns"] == {("Serbia", 7), ("Kosovo", 7)}


def test_a_un_body_is_named_in_full() -> None:
    from kg.documents.model import Document
    from kg.extract import Extractor

    facts = Extractor().extract(Document(id="t", text="The UN Support Mission in Sudan (UNSMIS) said so."))
    assert "United Nations Support Mission in Sudan" in {a.name for a in facts.actors.values()}


def test_people_handed_over_by_one_side_to_another_went_to_the_other(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The defender was among the eleven detainees handed over last month by the Libyan National Army to the "
        "Government of National Unity (GNU), in an exchange that also sent nine prisoners back east."))
    assert ("Government of National Unity", 11) in swap["returns"]


def test_a_swap_of_football_players_is_no_prisoner_swap(extract) -> None:  # noqa: ANN001
    facts = extract("The club announced a swap deal with Zamalek that sends winger Karim Adel to Cairo, "
                    "with striker Youssef Nabil heading the other way.")
    assert exchanges_as_read(facts) == []


def test_a_people_speaking_is_its_state(extract) -> None:  # noqa: ANN001
    facts = extract('The Norwegians, for their part, said merely that they were "glad to have helped".')
    assert _speakers_of(facts, "glad to have helped") == {"Norway"}


def test_an_advisers_title_is_not_part_of_the_name(extract) -> None:  # noqa: ANN001
    facts = extract("Senior Adviser Daniel Morrow met the minister. Morrow said the talks went well.")
    assert _speakers_of(facts, "the talks went well") == {"Daniel Morrow"}


def test_mr_and_a_surname_is_the_man_of_the_family(extract) -> None:  # noqa: ANN001
    facts = extract('Maria Okonjo came home in 2019. Her father, Peter Okonjo, is a teacher. "We never gave up," '
                    'Mr Okonjo says.')
    assert _speakers_of(facts, "We never gave up") == {"Peter Okonjo"}


def test_a_swap_agreed_and_then_told_carried_out_happened(extract) -> None:  # noqa: ANN001
    facts = extract("Armenia and Azerbaijan have swapped prisoners before. In May, after talks in Geneva, the "
                    "delegations agreed on a \"50 for 50\" exchange. It was carried out in two stages.",
                    published="2025-11-05")
    swap = exchanges_as_read(facts)[-1]
    assert swap["parties"] == {"Armenia", "Azerbaijan"}
    assert swap["returns"] == {("Armenia", 50), ("Azerbaijan", 50)}


def test_a_swap_agreed_and_not_told_done_did_not_happen(extract) -> None:  # noqa: ANN001
    facts = extract("After talks in Geneva, Armenia and Azerbaijan agreed on a 50-for-50 exchange of prisoners "
                    "at a later stage. It is expected to take months.", published="2025-11-05")
    assert exchanges_as_read(facts) == []


def test_a_timeline_line_with_a_mediator_mediating_and_a_headline_release(extract) -> None:  # noqa: ANN001
    facts = extract("Iran has freed Europeans before. Pieter de Wit, a Dutch engineer, was arrested in 2021; Reza "
                    "Karimi, an Iranian, was jailed in the Netherlands.\nKey dates\n4 May 2023: Pieter de Wit freed "
                    "in return for Reza Karimi, with Oman mediating.", published="2025-01-10")
    swap = exchanges_as_read(facts)[-1]
    assert swap["parties"] == {"Iran", "Netherlands"} and swap["mediators"] == {"Oman"}
    assert swap["returns"] == {("Iran", 1), ("Netherlands", 1)} and swap["date"] == dt.date(2023, 5, 4)


def test_a_states_soldiers_named_by_demonym_are_the_states_beside_its_armed_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Abdi came home last month, one of 70 militants handed over by the federal government in exchange for 35 "
        "Somali soldiers who had been held by al-Shabaab."))
    assert swap["returns"] == {("al-Shabaab", 70), ("Somalia", 35)}


def test_a_word_opening_a_sentence_and_written_small_elsewhere_is_no_name(extract) -> None:  # noqa: ANN001
    facts = extract("Detainee releases were common that year. Doctors spoke with each detainee.")
    assert "Detainee" not in names(facts, facts.actors)


def test_a_dual_national_names_neither_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Tehran released her on Friday in return for an Iranian-Canadian man who "
                                       "had been awaiting trial in Toronto. Anna Berg, a Swedish teacher, was "
                                       "handed over to Swedish officials.", published="2025-04-10"))
    assert "Canada" not in swap["parties"]


def test_a_release_paid_for_in_turn_in_the_same_sentence_is_its_own_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Thursday's swap of two teachers was the second between Russia and the US this year. In "
                    "February, Russia let go of Paul Dorn, a teacher from Ohio, and the United States in turn "
                    "freed Ivan Sokol, a Russian who had run a cryptocurrency exchange.", published="2025-04-10")
    thursday, february = exchanges_as_read(facts)
    assert february["parties"] == {"Russia", "United States"} and ("Russia", 1) in february["returns"]


def test_a_states_press_release_on_its_mediation_and_the_previous_one(extract) -> None:  # noqa: ANN001
    facts = extract("DOHA, 24 August 2025 - The State of Qatar has succeeded in a new mediation between Rwanda and "
                    "the Democratic Republic of the Congo, which resulted in the exchange of 60 detainees between the "
                    "two parties on this day, Sunday. This mediation follows the State's previous mediation, on "
                    "Thursday the 14th of this month, through which 20 detainees of each side were released."
                    "\nFor media enquiries: Office of Communication, Ministry of Foreign Affairs, Doha.",
                    published="2025-08-24")
    today, earlier = exchanges_as_read(facts)
    assert today["mediators"] == earlier["mediators"] == {"Qatar"}
    assert earlier["date"] == dt.date(2025, 8, 14) and earlier["returns"] == {("Rwanda", 20),
                                                                            ("Democratic Republic of the Congo", 20)}
    assert "Office of Communication" not in names(facts, facts.actors)


def test_shuttle_diplomacy_by_a_state_mediates(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Nine Peruvian fishermen went home on Tuesday, traded for two Chilean "
                                       "officers held in Peru. The reciprocal release followed weeks of shuttle "
                                       "diplomacy by New Zealand.", published="2025-07-17"))
    assert swap["mediators"] == {"New Zealand"} and swap["returns"] == {("Peru", 9), ("Chile", 2)}


def test_transcript_labels_beyond_ascii_and_an_honourable_prefix_name_the_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("Questions for Oral Answer\nANA KÓSA (Labour): What role did Norway play?\nHon ŁUCJA "
                    "NOWAK (Minister of Foreign Affairs): Norway acted as mediator, at the request of both sides.\n"
                    "Ana Kósa: Was any payment made to secure these releases?\nHon ŁUCJA NOWAK: No money changed "
                    "hands, and no one was paid.")
    assert _speakers_of(facts, "Norway acted as mediator") == {"Łucja Nowak"}
    assert not _speakers_of(facts, "Was any payment made")


def test_a_host_who_introduces_the_programme_is_no_source(extract) -> None:  # noqa: ANN001
    facts = extract("MARTA WOLSKA: Hello and welcome to Border Talk. I'm Marta Wolska in Gdansk.\nPIOTR LIS: The "
                    "swap went ahead on Friday, and both sides kept their word.\nMARTA WOLSKA: Let's bring in our "
                    "guest, who has followed the talks for years.")
    assert not _speakers_of(facts, "Let's bring in our guest")
    assert _speakers_of(facts, "both sides kept their word") == {"Piotr Lis"}


def test_a_speaker_labelled_as_host_is_no_source(extract) -> None:  # noqa: ANN001
    facts = extract("NORA LUND (HOST): Good morning. We begin in Libya, where the two rival governments swapped "
                    "prisoners.\nOMAR SAID (CORRESPONDENT): The buses arrived at noon.\nAHMED ZEIN (NEGOTIATOR): We "
                    "kept every promise we made.")
    assert not _speakers_of(facts, "We begin in Libya")
    assert _speakers_of(facts, "We kept every promise") == {"Ahmed Zein"}


def test_a_side_releasing_its_remaining_prisoners_of_another_people_returns_them(extract) -> None:  # noqa: ANN001
    facts = extract("The final large one came in early December 2002. Ethiopia released its remaining 1,164 Eritrean "
                    "prisoners, and Eritrea sent back 312 Ethiopians.", published="2025-05-01")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Eritrea", 1164), ("Ethiopia", 312)}
    assert swap["date"] is None  # a month of an earlier year, not the day of publication


def test_a_release_under_a_bodys_auspices_is_mediated_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("A new reciprocal release took place under ICRC auspices in April 1998. Chad "
                                       "freed 40 Libyans and Libya sent back 12 Chadians."))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


# -- a series of exchanges told as a timeline ---------------------------------------------------

_SERIES = ("Since 2019 the Malian government and the rebels of the Northern Front have held several "
           "small prisoner swaps.\nAll three swaps below were brokered by Norway and the Vatican.\n"
           "Timeline\n3 March 2020 - Twelve detainees held by the rebels were handed over in return for "
           "twelve held by the government.\n9 June 2020 - A second round: each side freed 15 people.\n"
           "1 October 2020 - Twenty detainees from each side crossed the bridge at Kalamo.")


def test_mediators_told_for_all_the_swaps_below_mediate_each_of_them(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(_SERIES, published="2021-01-10"))
    assert len(swaps) == 3
    assert all(swap["mediators"] == {"Norway", "Holy See"} for swap in swaps)


def test_the_rebels_of_a_named_front_are_that_front(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(_SERIES, published="2021-01-10"))
    assert all(swap["parties"] == {"Government of Mali", "Northern Front"} for swap in swaps)


def test_the_day_of_a_timeline_entry_is_no_count(extract) -> None:  # noqa: ANN001
    first, *_ = exchanges_as_read(extract(_SERIES, published="2021-01-10"))
    assert first["date"] == dt.date(2020, 3, 3)
    assert first["returns"] == {("Government of Mali", 12), ("Northern Front", 12)}


def test_people_from_each_side_crossing_is_a_swap(extract) -> None:  # noqa: ANN001
    *_, last = exchanges_as_read(extract(_SERIES, published="2021-01-10"))
    assert last["returns"] == {("Government of Mali", 20), ("Northern Front", 20)}


def test_a_count_from_each_side_unlike_the_swap_before_is_another_swap(extract) -> None:  # noqa: ANN001
    first, second = exchanges_as_read(extract(
        "Chad and the Northern Front swapped prisoners on 3 March 2020: the government released 18 "
        "detainees and the rebels freed 12. Weeks later, 25 detainees from each side crossed the bridge.",
        published="2021-01-10"))
    assert first["returns"] == {("Northern Front", 18), ("Chad", 12)}
    assert second["returns"] == {("Northern Front", 25), ("Chad", 25)}


def test_a_swap_told_in_an_earlier_year_is_not_dated_today(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and the Northern Front swapped detainees in 2018.",
                                       published="2021-01-10"))
    assert swap["date"] is None


# -- what is not a prisoner exchange, and where a story ends --------------------------------------

@pytest.mark.parametrize("text", [
    "Azerbaijan handed 12 Armenian captives over to Armenia in return for maps of the minefields.",
    "Rebels in Cabo Delgado freed two Kenyan nurses in exchange for a ransom of $40,000.",
    "Officials said a further exchange of detainees between Sudan and the Eastern Front is achievable.",
    "A new prisoner swap between Armenia and Azerbaijan is imminent, officials said.",
])
def test_people_freed_for_a_thing_or_a_swap_yet_to_come_is_no_exchange(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2021-07-10")) == []


def test_a_swap_made_possible_by_a_mediator_took_place(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The swap of 40 prisoners between Armenia and Azerbaijan was made possible "
                                       "thanks to the mediation of Georgia.", published="2021-07-10"))
    assert swap["mediators"] == {"Georgia"}


def test_a_name_found_by_its_form_stops_before_the_day(extract) -> None:  # noqa: ANN001
    facts = extract("Government forces handed nine detainees to the Free Syrian Coastal Army on Wednesday.")
    found = {a.name for a in facts.actors.values()}
    assert "Free Syrian Coastal Army" in found
    assert not any("Wednesday" in name for name in found)


def test_the_next_item_of_a_digest_tells_another_story(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "1. CAUCASUS: A quiet swap\nArmenia and Azerbaijan exchanged 12 prisoners each on Monday.\n"
        "2. MARKETS: The lira slides\nThe Central Bank of Turkey let the lira fall to a record low at the "
        "official exchange rate.\n3. FOOTBALL: Derby deal\nThe two Istanbul clubs agreed a swap deal, "
        "trading a winger for a midfielder. It is the first direct deal between the rivals in ten years.",
        published="2024-03-08"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize("headline", ["", "Sri Lankan fishermen home after swap at sea\n"])
def test_a_digests_wire_stories_under_their_own_datelines_tell_their_own_swaps(extract, headline: str) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(
        "WIRE ROUNDUP\nDOHA \u2014 Hamas freed two Thai farm workers in exchange for three Palestinian teenagers, "
        f"Qatar's foreign ministry said, thanking Egypt for its mediation.\n{headline}COLOMBO \u2014 Fishermen who "
        "came home from Indian jails under the exchange carried out at sea on June 2 met the fisheries minister, who "
        "said some had been beaten. The Sri Lanka Navy received 14 Sri Lankans and handed over 11 Indian fishermen "
        "to the Indian Coast Guard.\nGENEVA \u2014 The UN rights office urged all sides to give families news of "
        "relatives held in custody.", published="2024-06-18"))
    assert [(swap["parties"], swap["date"]) for swap in swaps] == [
        ({"Hamas", "Thailand"}, dt.date(2024, 6, 18)), ({"India", "Sri Lanka"}, dt.date(2024, 6, 2))]


def test_a_digests_numbered_wire_stories_tell_their_own_swaps(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "MORNING BRIEFING\n1. BAKU \u2014 Azerbaijan handed over five Armenian servicemen in exchange for two "
        "Azerbaijani soldiers, the state border service said.\n2. ISLAMABAD \u2014 Fishermen freed under the swap "
        "made at the Wagah crossing on March 3 told reporters they had been fed well. Pakistan received 22 of its "
        "fishermen and released 30 Indian fishermen.\n3. NAIROBI \u2014 The regional bloc called for a ceasefire "
        "in the east of the country.", published="2025-03-10"))
    assert [(swap["parties"], swap["date"]) for swap in swaps] == [
        ({"Armenia", "Azerbaijan"}, dt.date(2025, 3, 10)), ({"India", "Pakistan"}, dt.date(2025, 3, 3))]


def test_timeline_entries_in_capitals_with_the_year_after_a_comma_are_dated(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "TIMELINE\nMAY 3, 2011 - Former sailor Tom Reyes, jailed in Venezuela for spying, was exchanged for "
        "Luis Marquez, a Venezuelan banker serving ten years in the United States.\nOCTOBER 9, 2019 - Two "
        "Venezuelan officers held in Florida were flown to Panama and swapped on the tarmac for three Americans.",
        published="2024-01-10"))
    assert [swap["date"] for swap in swaps] == [dt.date(2011, 5, 3), dt.date(2019, 10, 9)]
    assert all(swap["parties"] == {"United States", "Venezuela"} for swap in swaps)


def test_not_every_release_being_a_swap_reports_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Not every return was a swap: the repatriation of 19 Ukrainian children through Qatar and "
                    "Belarus's pardon of 11 prisoners were one-way.", published="2025-12-01")
    assert exchanges_as_read(facts) == []


def test_the_approach_that_made_a_handover_possible_reports_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The envoy welcomed the return of six Armenian soldiers to Armenia and the reciprocal return of "
        "two Azerbaijani soldiers to Azerbaijan, and praised the approach that made the handover possible.",
        published="2026-01-13"))
    assert swap["returns"] == {("Armenia", 6), ("Azerbaijan", 2)}


def test_a_question_reports_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Last week Nepal released 22 Indian fishermen. Has India released any Nepali fishermen "
                    "in return?", published="2026-01-10")
    assert exchanges_as_read(facts) == []


def test_a_swap_asked_about_at_a_later_briefing_is_the_same_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Myanmar's military and the Arakan Army exchanged 40 captives on Sunday, with Chinese mediation. "
        "Asked about the exchange at a briefing in Beijing on Monday, a spokesman said China supports peace.",
        published="2025-11-18"))
    assert swap["date"] == dt.date(2025, 11, 16)


def test_a_hockey_player_traded_for_a_draft_pick_is_no_prisoner_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Finnish winger Mikko Lahti was traded by the Dallas Stars to the Seattle "
                    "Kraken on Wednesday in exchange for a third-round draft pick.", published="2026-01-14")
    assert exchanges_as_read(facts) == []


def test_the_coast_guards_that_carried_out_a_handover_act_for_their_states(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 12 February 2025, 64 Indian fishermen were brought home from Bangladesh, and 58 Bangladeshi "
        "nationals were handed over to the Bangladesh side. The Bangladesh Coast Guard and the Indian Coast "
        "Guard carried out that handover.", published="2026-01-10"))
    assert swap["parties"] == {"India", "Bangladesh"}


def test_people_freed_for_others_held_by_a_states_authorities(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 9 March 2018, 57 schoolgirls were released close to the border with Niger in exchange for four Boko "
        "Haram fighters held by the Nigerian authorities.", published="2018-03-11"))
    assert swap["parties"] == {"Nigeria", "Boko Haram"}
    assert swap["returns"] == {("Nigeria", 57), ("Boko Haram", 4)}


def test_a_release_paid_back_in_the_next_sentence_keeps_the_first_ones_day(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On June 15, 2024, Norway released a former Iranian official serving a life sentence. In exchange, "
        "Iran freed two Norwegian citizens. In September 2023, Canada freed five Iranians in exchange for "
        "five Canadians.", published="2025-11-20"))
    assert [swap["date"] for swap in swaps] == [dt.date(2024, 6, 15), None]
    assert [swap["parties"] for swap in swaps] == [{"Norway", "Iran"}, {"Canada", "Iran"}]


def test_a_spelled_day_after_a_month_this_year_dates_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In January this year, on the twenty-fifth, four Israeli soldiers were released and Israel freed two "
        "hundred Palestinian prisoners that same night.", published="2025-10-16"))
    assert swap["date"] == dt.date(2025, 1, 25)


def test_a_podcast_transcripts_turns_after_time_stamps_are_statements(extract) -> None:  # noqa: ANN001
    facts = extract("[00:00] NOA LEVI: Welcome to The Table. I'm Noa Levi in Haifa.\n[00:38] LEILA SAAD: Thanks. "
                    "Monday was not a normal swap at all.\n[01:02] NOA LEVI: And the ratio?")
    assert _speakers_of(facts, "not a normal swap") == {"Leila Saad"}


def test_a_briefing_label_with_the_speakers_office_names_the_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("Spokesperson Lucia Ferrand: Good afternoon. Let me begin with the talks in Amman.\n"
                    "QUESTION: Any news on the lists?\nSpokesperson Lucia Ferrand: None today, I am afraid.")
    assert _speakers_of(facts, "begin with the talks in Amman") == {"Lucia Ferrand"}


def test_a_turn_runs_on_over_the_speakers_unlabelled_paragraphs_up_to_the_next_label(extract) -> None:  # noqa: ANN001,E501
    facts = extract("SPOKESPERSON LENA VOS: Good afternoon. I will begin with the border.\n"
                    "As you know, the talks in Lima have been extended by two days.\n"
                    "On the fishermen, I have to be honest with you: no list has been agreed.\n"
                    "QUESTION (Ivo Ruiz, Daily News): Will there be a swap?\n"
                    "VOS: Not this week.\n"
                    "Minister Ana Lobo told reporters later that a swap was close.")
    assert _speakers_of(facts, "no list has been agreed") == {"Lena Vos"}
    assert _speakers_of(facts, "a swap was close") == {"Ana Lobo"}


def test_a_surname_label_takes_the_given_name_of_the_briefings_heading(extract) -> None:  # noqa: ANN001
    facts = extract("DAILY PRESS BRIEFING\nLENA VOSS, DEPUTY SPOKESPERSON\nMS VOSS: Good afternoon. We welcome the "
                    "release of the two sailors.\nQUESTION: Was Oman involved?\nMS VOSS: I will not go into the "
                    "channels we used.")
    assert _speakers_of(facts, "I will not go into the channels") == {"Lena Voss"}


def test_a_title_case_label_of_a_name_is_a_speaker_and_one_of_an_outlet_is_not(extract) -> None:  # noqa: ANN001
    facts = extract("Liu Wenhao: Good afternoon. I have no announcement today.\n"
                    "Mekong Times: Did China help with the release?\n"
                    "Liu Wenhao: China commends both parties for the goodwill they have shown.")
    assert _speakers_of(facts, "China commends both parties") == {"Liu Wenhao"}
    assert "Mekong Times" not in {a.name for a in facts.actors.values() if a.kind == "Person"}


def test_a_label_of_office_comma_and_name_names_the_speaker_without_honorifics(extract) -> None:  # noqa: ANN001
    facts = extract("Official Spokesperson, Shri Ravi Kumar: Good afternoon. We have two announcements today.\n"
                    "Question (Anil Rao, Daily News): Any news on the fishermen?\nOfficial Spokesperson, Shri "
                    "Ravi Kumar: We do not use human beings as bargaining chips.\nFr Paolo Conti told reporters "
                    "the talks would go on.")
    assert _speakers_of(facts, "bargaining chips") == {"Ravi Kumar"}
    assert _speakers_of(facts, "the talks would go on") == {"Paolo Conti"}


def test_states_of_the_cold_war_are_countries_of_their_own(extract) -> None:  # noqa: ANN001
    facts = extract("On Feb. 10, 1962, American pilot Tom Hale was traded on a Berlin bridge for Soviet officer "
                    "Ivan Orlov. East Germany released a student the same day.", published="1986-02-12")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"United States", "Soviet Union"}
    assert {a.name for a in facts.actors.values() if a.kind == "Country"} >= {"Soviet Union", "East Germany"}


def test_a_body_named_in_full_mediates_not_also_the_organization_its_name_begins_with(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and the Northern Front each freed 17 prisoners on Thursday in a reciprocal release brokered on the "
        "ground by the United Nations mission in that country, with the UN Support Mission in Chad acting as "
        "go-between.", published="2025-04-25"))
    assert swap["mediators"] == {"United Nations Support Mission in Chad"}


def _published_by(extractor, source: str, text: str):  # noqa: ANN001, ANN202
    return extractor.extract(Document("t", text, published=dt.date(2025, 9, 30), source=source))


def test_we_in_a_rights_groups_own_bulletin_is_the_groups_statement(extractor) -> None:  # noqa: ANN001
    facts = _published_by(extractor, "Danube Rights Watch",
                          "Danube Rights Watch tracks detentions in the region. Was the September release a "
                          "swap? Our answer is no. We record it as a one-way release.")
    assert _speakers_of(facts, "We record it as a one-way release") == {"Danube Rights Watch"}
    assert _speakers_of(facts, "Our answer is no") == {"Danube Rights Watch"}


def test_we_in_a_news_outlets_live_blog_is_nobodys_statement(extractor) -> None:  # noqa: ANN001
    facts = _published_by(extractor, "Danube Daily",
                          "Danube Daily reporters are at the border. We now understand ten men were released.")
    assert _speakers_of(facts, "ten men were released") <= {None}


def test_guerrillas_and_inmates_are_people_held(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The FARC handed over thirty-eight sick soldiers and policemen, and Colombia released fifteen "
        "ailing guerrillas in return.", published="2001-06-30"))
    assert swap["returns"] == {("Colombia", 38), ("FARC", 15)}


@pytest.mark.parametrize("text, mediator", [
    ("The swap between Mozambique and the Front, in which 19 soldiers and 26 rebels were freed, was mediated "
     "by Bishop Tomas Muchanga of Beira.", "Tomas Muchanga"),
    ("Chad and the Northern Front exchanged 18 prisoners each on Monday, thanks to the efforts of former "
     "footballer Gaston Ilunga.", "Gaston Ilunga"),
    ("Chad and the Northern Front exchanged 18 prisoners each on Monday. Lena Fors, a Danish lawyer who "
     "brokered the deal, said it took a year.", "Lena Fors"),
    ("Chad and the Northern Front exchanged 18 prisoners each on Monday, after months of mediation by "
     "Lena Fors, a retired Danish diplomat.", "Lena Fors"),
])
def test_a_private_person_can_mediate_in_their_own_name(extract, text: str, mediator: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2020-05-05"))
    assert swap["mediators"] == {mediator}


@pytest.mark.parametrize("broker, mediators", [
    ("Emirati envoy Omar Saif", {"Omar Saif", "United Arab Emirates"}),
    ("the Norwegian diplomat Omar Saif", {"Omar Saif", "Norway"}),
    ("the UN envoy, Omar Saif", {"Omar Saif", "United Nations"}),
    ("Oman's foreign minister, Omar Saif", {"Omar Saif", "Oman"}),
    ("Omar Saif, Beijing's special envoy", {"Omar Saif", "China"}),
    ("the Emir of Qatar", {"Qatar"}),
    ("Qatar and Jordan's intelligence chief", {"Qatar", "Jordan"}),
    ("Oman and the Emir of Qatar", {"Oman", "Qatar"}),
])
def test_an_office_holder_mediates_and_so_does_the_state_or_body_they_serve(extract, broker: str,  # noqa: ANN001
                                                                            mediators: set[str]) -> None:
    [swap] = exchanges_as_read(extract(f"Russia and Ukraine swapped 90 prisoners each, in a deal brokered by "
                                       f"{broker}.", published="2020-05-05"))
    assert swap["mediators"] == mediators


def test_a_church_named_by_a_people_names_no_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Six Greek Orthodox monks held by rebels were freed on Sunday in exchange "
                                      "for 30 women held in Syrian government jails.", published="2020-05-05"))
    assert not any("Greece" in swap["parties"] for swap in swaps)


def test_a_group_named_only_as_anothers_ally_is_no_fallback_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Eight aid workers held by rebels were freed on Saturday in exchange for 40 women held in Syrian "
        "government jails. An official said the deal had taken months of talks with the Levant Brigade, "
        "the al-Qaeda-linked group holding the workers.", published="2020-05-05"))
    assert "al-Qaeda" not in swap["parties"]


def test_an_envoy_of_one_side_mediates_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped 14 fishermen on Friday, in a deal credited to "
                                       "Ana Vidal, the Chilean envoy for detained citizens.", published="2020-05-05"))
    assert swap["mediators"] == set()


def test_the_one_appointed_as_facilitator_mediates_not_who_appointed_him(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Israel and Hezbollah completed their exchange of prisoners on Wednesday. It was brokered by Gerd Kohl, "
        "a German official whom Secretary-General Ban Ki-moon had earlier appointed as facilitator.",
        published="2008-07-17"))
    assert "Ban Ki-moon" not in swap["mediators"]


def test_an_acronym_used_twice_names_an_organization(extract) -> None:  # noqa: ANN001
    facts = extract("RENAMO handed over nineteen government soldiers, and Mozambique released twenty-six RENAMO "
                    "men in exchange. The POW camp was closed.", published="1991-08-01")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Mozambique", 19), ("RENAMO", 26)}
    assert "POW" not in {a.name for a in facts.actors.values()}


def test_a_release_paid_back_with_maps_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("3 July 2021: Azerbaijan freed 9 Armenian detainees. In return, Yerevan handed over maps of "
                    "some 40,000 landmines.", published="2021-07-20")
    assert exchanges_as_read(facts) == []


def test_a_release_for_its_part_after_people_came_home_today_is_todays_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "PRESS RELEASE\nRiga, 7 September 2019\nToday, 12 citizens of Latvia who had been held in Belarus returned "
        "home. Among those released are four fishermen detained by Belarus in November 2018. Latvia, for its "
        "part, transferred 12 persons to Belarus.", published="2019-09-07"))
    assert swap["parties"] == {"Latvia", "Belarus"}
    assert swap["date"] == dt.date(2019, 9, 7)
    assert ("Belarus", 12) in swap["returns"]


def test_people_handed_to_a_states_coast_guard_went_to_that_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Three men were among 17 Indian fishermen whom the Sri Lankan Navy handed over to the Indian Coast Guard on "
        "Sunday. In exchange, India sent back 11 Sri Lankan fishermen.", published="2013-06-17"))
    assert swap["returns"] == {("India", 17), ("Sri Lanka", 11)}


@pytest.mark.parametrize("name", ["African Union High-Level Implementation Panel", "Sahel Water and Health Initiative",
                                  "Danube Detention Monitor"])
def test_a_body_named_by_its_form_keeps_its_whole_name(extract, name: str) -> None:  # noqa: ANN001
    facts = extract(f"The deal was brokered by the {name}, which spent months shuttling between the capitals.")
    assert name in {a.name for a in facts.actors.values()}


def test_a_quote_closed_by_continued_is_the_speakers(extract) -> None:  # noqa: ANN001
    facts = extract('"My thanks go to the families, who never gave up hope," Iryna Savchuk continued. Talks continued '
                    "while the ministry said it would continue to press for a deal.")
    assert _speakers_of(facts, "who never gave up hope") == {"Iryna Savchuk"}


def test_the_one_who_spoke_to_the_interviewee_asks_and_is_no_source(extract) -> None:  # noqa: ANN001
    facts = extract("Ana Lobo spoke to retired bishop Tomas Nhaca, who carried messages between the two camps.\n"
                    "LOBO: Bishop, thank you for receiving us. Tell us what happened.\n"
                    "NHACA: Each side was holding men it had captured, and nobody trusted anybody.")
    assert _speakers_of(facts, "Tell us what happened") <= {None}
    assert _speakers_of(facts, "nobody trusted anybody") == {"Tomas Nhaca"}


def test_the_head_of_state_is_the_president_named_before(extract) -> None:  # noqa: ANN001
    facts = extract('President Marta Horvat met the families. Speaking to them at the terminal, the Head of State '
                    'said: "This is only the beginning."')
    assert _speakers_of(facts, "This is only the beginning") == {"Marta Horvat"}


def test_a_state_that_learned_of_the_swap_from_the_newspapers_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The MILF on Monday freed five Philippine Army soldiers in return for two MILF members held by the "
        "military. Indonesia was not involved; an official said Jakarta learned of the swap from the "
        "newspapers.", published="2005-03-15"))
    assert "Indonesia" not in swap["parties"]


def test_a_statement_that_provided_for_an_exchange_reports_none(extract) -> None:  # noqa: ANN001
    facts = extract("The declaration, signed by the presidents of Russia, Armenia and Azerbaijan, provided for the "
                    "mutual exchange of captured servicemen.", published="2020-11-10")
    assert exchanges_as_read(facts) == []


def test_persons_listed_after_a_plural_count_one_each(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Under the arrangement, the Danish citizens Jens Holm and Lars Berg were transferred from Tehran to Doha, "
        "and the Iranian citizen Reza Karimi was transferred from Copenhagen to Doha, in a reciprocal release "
        "between Iran and Denmark.", published="2024-06-15"))
    assert swap["returns"] == {("Denmark", 2), ("Iran", 1)}


def test_mediation_efforts_made_by_a_state_and_people_captured_then_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "As a result of the negotiation process, 40 Russian servicemen captured in the Bryansk region have been "
        "returned from territory held by Ukraine, the ministry reported on Saturday. In return, 40 "
        "Ukrainian prisoners of war were handed over. Humanitarian mediation efforts were made by Qatar.",
        published="2024-08-24"))
    assert swap["mediators"] == {"Qatar"}
    assert ("Russia", 40) in swap["returns"]


def test_a_square_named_after_a_state_is_a_place(extract) -> None:  # noqa: ANN001
    facts = extract("Crowds gathered at Palestine Square in Gaza City. Hamas freed four Israeli soldiers and Israel "
                    "released 200 Palestinian prisoners in exchange.", published="2025-01-25")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Israel", 4), ("Hamas", 200)}
    assert "Palestine" not in {a.name for a in facts.actors.values()}


def test_sides_that_arranged_their_swap_on_their_own_do_not_mediate_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On December 19, Azerbaijan freed 32 Armenian servicemen, while Armenia handed over two Azerbaijani "
        "soldiers. The swap took place at the border, without any mediator: Baku and Yerevan arranged it "
        "entirely on their own.", published="2024-05-02"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}
    assert swap["mediators"] == set()


def test_at_the_same_time_pays_back_a_release(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday, Iran released five Canadian citizens. At the same time, Canada granted clemency to five "
        "Iranian nationals charged with sanctions violations.", published="2023-09-20"))
    assert swap["parties"] == {"Iran", "Canada"}
    assert swap["returns"] == {("Canada", 5), ("Iran", 5)}


def test_prisoners_released_for_a_named_captive_are_exchanged(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Corporal Tomas Berg had been held by the Ogaden National Front since 2008. The deal under which Kenya "
        "released 212 prisoners for Berg on March 3, 2012, was brokered by Ethiopia.", published="2020-01-10"))
    assert swap["parties"] == {"Kenya", "Ogaden National Front"}
    assert swap["mediators"] == {"Ethiopia"}
    assert swap["date"] == dt.date(2012, 3, 3)
    assert swap["returns"] == {("Ogaden National Front", 212), ("Kenya", 1)}


def test_soldiers_freed_for_journalists_are_exchanged(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Kenya freed 40 soldiers for two journalists held by the Ogaden National Front.", published="2020-01-10"))
    assert swap["returns"] == {("Ogaden National Front", 40), ("Kenya", 2)}


@pytest.mark.parametrize("text", [
    "The court released the activist Ana Ruiz for health reasons on Monday.",
    "The gang freed three hostages for a ransom of two million dollars.",
    "Police released five protesters for lack of evidence.",
])
def test_a_release_for_a_reason_or_a_price_is_no_exchange(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2020-01-10")) == []


def test_bodies_handed_over_for_living_prisoners_in_a_completed_deal_are_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The deal was completed on July 3, 2009, at the border crossing: the Ogaden National Front handed over "
        "the bodies of two soldiers, and Kenya released Abdi Nur and four fighters captured in 2007.",
        published="2021-05-10"))
    assert swap["parties"] == {"Kenya", "Ogaden National Front"}
    assert swap["date"] == dt.date(2009, 7, 3)
    assert swap["returns"] == {("Ogaden National Front", 5)}


def test_bodies_handed_over_alone_are_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Under the agreement, the Ogaden National Front handed over the bodies of two soldiers to Kenya "
                    "on Monday.", published="2021-05-10")
    assert exchanges_as_read(facts) == []


def test_a_government_and_its_allies_are_one_side_of_a_mutual_release(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The war in Somalia goes on. The government and its allies freed 300 al-Shabaab prisoners, while "
        "al-Shabaab, which holds the south, freed 120 people.", published="2023-04-20"))
    assert swap["parties"] == {"Government of Somalia", "al-Shabaab"}
    assert swap["returns"] == {("al-Shabaab", 300), ("Government of Somalia", 120)}


def test_an_exchange_agreement_reports_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("At talks in Geneva, Somalia and al-Shabaab signed a prisoner exchange agreement and "
                    "a ceasefire.", published="2023-04-20")
    assert exchanges_as_read(facts) == []


def test_the_largest_swap_of_an_earlier_year_is_another_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Last week the Somali army freed 300 al-Shabaab prisoners, while al-Shabaab freed 120 people. The process "
        "is slow. In October 2019, the sides carried out what was at the time the largest swap of the war. Al-Shabaab "
        "received 500 of its fighters, and the government side got back 200 people, including 15 Kenyans and four "
        "Ethiopians.", published="2023-04-20"))
    assert sorted(sorted(s["returns"]) for s in swaps) == [
        [("Somalia", 120), ("al-Shabaab", 300)], [("Somalia", 200), ("al-Shabaab", 500)]]


def test_peacekeepers_who_organised_an_exchange_of_n_for_m_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In May 2016, it was Kazakh peacekeepers who organised the exchange of 30 Georgians for 18 Abkhazians "
        "after the truce.", published="2024-01-10"))
    assert swap["mediators"] == {"Kazakhstan"}
    assert swap["returns"] == {("Georgia", 30), ("Abkhazia", 18)}


def test_an_organisation_that_organised_the_flights_did_not_mediate(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Georgia freed 30 Abkhazian prisoners and Abkhazia released 18 Georgians in exchange on Monday. The "
        "International Committee of the Red Cross organised the flights.", published="2024-01-10"))
    assert swap["mediators"] == set()


def test_a_live_blogs_key_points_after_its_update_line_tell_the_swap_of_its_heading(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "LIVE -- Chile-Peru prisoner exchange\nLast updated 14:05 GMT\nKey points: Four Chilean nationals held in "
        "Peru have left Lima on an Ecuadorian plane. Chile is freeing four Peruvians under the same deal. Ecuador "
        "brokered the arrangement.", published="2023-09-18"))
    assert swap["parties"] == {"Chile", "Peru"}
    assert swap["mediators"] == {"Ecuador"}
    assert swap["returns"] == {("Chile", 4), ("Peru", 4)}


def test_the_prisoner_exchange_as_an_idea_deep_in_a_column_reports_none(extract) -> None:  # noqa: ANN001
    facts = extract(
        "Kidnappers in the south held two Chilean engineers for a year. Their families paid. Chile said nothing. "
        "Peru said less. The officials call these cases diplomacy. I call them business. The vocabulary steals "
        "the respectability of the prisoner exchange. It has not earned it.", published="2016-09-21")
    assert exchanges_as_read(facts) == []


def test_people_walking_the_other_way_after_a_handover_make_it_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "He crossed on 21 November last year, one of 18 Peruvian fishermen whom the Chilean navy handed to Peru's "
        "coast guard that morning. About an hour later, 9 Chilean fishermen who had served their sentences in "
        "Arica walked the other way.", published="2023-03-05"))
    assert swap["parties"] == {"Chile", "Peru"}
    assert swap["date"] == dt.date(2022, 11, 21)
    assert swap["returns"] == {("Peru", 18), ("Chile", 9)}


def test_walking_the_other_way_with_no_release_before_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Peruvian fishermen gathered at the port on Monday. Chilean tourists walked the other way.",
                    published="2023-03-05")
    assert exchanges_as_read(facts) == []


def test_two_people_walking_past_each_other_where_no_one_was_held_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("The American coach Tom Reyes walked across the pitch at half time. Marta Lind, the Swedish "
                    "captain, walked the other way.", published="2023-03-05")
    assert exchanges_as_read(facts) == []


def test_two_people_walking_past_each_other_after_one_was_jailed_is_a_handover(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "At dawn the American pilot Dan Kerr, jailed since 2019, walked across the bridge. Viktor Lasko, the Soviet "
        "agent, walked the other way.", published="1962-02-10"))
    assert swap["parties"] == {"United States", "Soviet Union"}


def test_a_timeline_entry_told_in_two_sentences_keeps_the_day_it_opens_with(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "A short timeline:\n"
        "\u2022 12 March 2016 \u2014 Corporal Ana Ruiz, held by the ELN for two years, was handed to Colombian "
        "troops near Arauca. In return, Colombia transferred four ELN commanders to Cuba, which mediated the deal.\n"
        "\u2022 3 June 2019 \u2014 Pedro Gil, a Colombian engineer, was traded at the border for Luis Mena, an ELN "
        "fighter. Cuban officials helped to arrange the handover.", published="2025-01-22"))
    assert [(s["date"], s["mediators"], s["returns"]) for s in swaps] == [
        (dt.date(2016, 3, 12), {"Cuba"}, {("National Liberation Army", 4), ("Colombia", 1)}),
        (dt.date(2019, 6, 3), {"Cuba"}, {("National Liberation Army", 1), ("Colombia", 1)}),
    ]


def test_an_explainers_answer_to_who_brokered_it_names_the_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "What happened?\nOn Tuesday, the ELN released two Colombian soldiers in exchange for Luis Mena, a fighter "
        "held in Bogota.\nWho brokered it?\nCuba, which has hosted the talks since 2017.", published="2025-01-22"))
    assert swap["mediators"] == {"Cuba"}


def test_an_answer_to_another_question_names_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "What happened?\nOn Tuesday, the ELN released two Colombian soldiers in exchange for Luis Mena, a fighter "
        "held in Bogota.\nWho paid for the flights?\nCuba, which has hosted the talks since 2017.",
        published="2025-01-22"))
    assert swap["mediators"] == set()


def test_a_private_person_named_after_his_trade_who_served_as_intermediary_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile released the pilot Tomas Berg in exchange for Pedro Gil, a Peruvian agent. The Arica lawyer "
        "Ramon Vidal served as intermediary between the two sides.", published="2020-01-01"))
    assert swap["mediators"] == {"Ramon Vidal"}


def test_a_captive_named_after_the_day_handed_on_then_returned_home_is_paid_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "A post says the release of 300 prisoners for Tomas Berg was \"the most lopsided prisoner exchange ever.\"\n"
        "What happened last week\n"
        "Last Tuesday, Corporal Tomas Berg, captured by the ELN in 2016, was handed over to Cuban officials at the "
        "border and then returned to Colombia. In return Colombia released 300 ELN prisoners.",
        published="2021-10-24"))
    assert swap["date"] == dt.date(2021, 10, 19)
    assert swap["returns"] == {("Colombia", 1), ("National Liberation Army", 300)}


def test_a_subject_the_parser_hung_on_the_day_is_the_verbs_again(extractor) -> None:  # noqa: ANN001
    words = ["Last", "Friday", ",", "Ana", "Ruiz", ",", "was", "freed", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[1, 7, 1, 4, 1, 4, 7, 7, 7],  # as the parser reads it
              deps=["amod", "npadvmod", "punct", "compound", "appos", "punct", "auxpass", "ROOT", "punct"],
              pos=["ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "PUNCT"],
              ents=["B-DATE", "I-DATE", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    ruiz = restore_subjects(doc)[4]
    assert (ruiz.dep_, ruiz.head.text) == ("nsubjpass", "freed")


def test_people_named_among_them_are_part_of_the_count_however_the_parser_hangs_among(extractor) -> None:  # noqa: ANN001
    words = ["freed", "60", "people", ",", "among", "them", "four", "Bolivian", "nationals", "who", "fought"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[0, 2, 0, 0, 8, 4, 8, 8, 0, 10, 8],  # as the parser reads it
              deps=["ROOT", "nummod", "dobj", "punct", "prep", "pobj", "nummod", "amod", "dobj", "nsubj", "relcl"])
    assert among_them(doc[8])
    assert not among_them(doc[2])


def test_a_number_of_two_words_counts_once_however_the_parser_hangs_its_words(extractor) -> None:  # noqa: ANN001
    words = ["Seventy", "-", "one", "Chilean", "prisoners", "went", "home"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[2, 2, 4, 4, 5, 5, 5],  # as the parser reads it
              deps=["compound", "punct", "compound", "compound", "nsubj", "ROOT", "advmod"],
              pos=["NUM", "PUNCT", "NUM", "PROPN", "NOUN", "VERB", "ADV"],
              lemmas=["seventy", "-", "one", "Chilean", "prisoner", "go", "home"])
    assert (count_of(doc[0]), count_of(doc[2])) == (None, 71)


def test_a_subject_the_parser_hung_on_the_opening_place_is_the_verbs_again(extractor) -> None:  # noqa: ANN001
    words = ["In", "the", "town", "of", "Ras", ",", "the", "rebels", "traded", "prisoners", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[8, 2, 0, 2, 3, 4, 7, 4, 8, 8, 8],  # as the parser reads it
              deps=["prep", "det", "pobj", "prep", "pobj", "punct", "det", "appos", "ROOT", "dobj", "punct"],
              pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"])
    rebels = restore_subjects(doc)[7]
    assert (rebels.dep_, rebels.head.text) == ("nsubj", "traded")


def test_forces_of_a_government_are_its_side_where_the_parser_hangs_of_elsewhere(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In the old quarter of Marib, the Houthis and the forces of the Yemeni "
                                       "government swapped nine prisoners each on Sunday.", published="2022-11-25"))
    assert swap["parties"] == {"Houthis", "Government of Yemen"}


def test_a_government_owned_by_no_name_is_the_government_of_the_groups_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Houthis and the internationally recognised government exchanged 300 "
                                       "detainees on Friday.", published="2023-04-15"))
    assert swap["parties"] == {"Houthis", "Government of Yemen"}


def test_the_deal_struck_last_month_is_the_one_of_todays_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan exchanged 40 prisoners each on Friday. The deal had "
                                       "been brokered by the African Union during a week of talks in Addis Ababa last "
                                       "month.", published="2023-04-15"))
    assert swap["mediators"] == {"African Union"} and swap["date"] == dt.date(2023, 4, 14)


def test_a_name_the_parser_made_a_compound_of_the_verb_is_its_subject(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Timeline\n4 May 2021 - The RSF hands over 12 army soldiers in exchange "
                                       "for 15 of its own fighters.", published="2021-06-01"))
    assert swap["parties"] == {"Rapid Support Forces", "Sudan"}


def test_a_unit_named_by_its_number_and_members_of_a_body_named_once(extract) -> None:  # noqa: ANN001
    facts = extract("The ELN handed over six members of the 41st Front in exchange for four ELN fighters, with "
                    "the mediation of the Diocese of Arauca.", published="2025-03-08")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"National Liberation Army", "41st Front"}
    assert swap["mediators"] == {"Diocese of Arauca"}
    assert swap["returns"] == {("41st Front", 6), ("National Liberation Army", 4)}


def test_a_subheading_naming_a_swap_is_no_swap_of_the_entry_above(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Timeline\n3 March 2021 - Sudan and Chad swap prisoners, 20 for 20.\n9 March 2021 - Talks stall.\n"
        "The latest swap\nOn Tuesday Sudan and Chad exchanged eight prisoners each.", published="2021-04-08"))
    assert [swap["date"] for swap in swaps] == [dt.date(2021, 3, 3), dt.date(2021, 4, 6)]


def test_thanking_a_state_for_its_mediation_names_that_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan exchanged 40 prisoners each yesterday. We thank the "
                                       "Sultanate of Oman warmly for its mediation.", published="2023-12-05"))
    assert swap["mediators"] == {"Oman"}


def test_the_negotiations_told_right_after_a_deal_produced_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The students were freed under a deal in which the Ugandan government released four commanders of the "
        "Lord's Resistance Army in exchange for them. The negotiations were brokered by Switzerland.",
        published="2017-05-08"))
    assert swap["mediators"] == {"Switzerland"}


def test_a_question_and_a_larger_swap_weeks_away_add_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Saudi Arabia and the Houthis exchanged detainees yesterday, 30 for nine. Question: were any detainees "
        "of the Yemeni government part of the swap? A Houthi official said a bigger swap with the "
        "Yemeni government was just weeks away.", published="2023-12-05"))
    assert swap["parties"] == {"Saudi Arabia", "Houthis"}


@pytest.mark.parametrize("force, state", [("the Armed Forces of the Philippines", "Country:PHL"),
                                          ("the Ethiopian National Defense Force", "Country:ETH")])
def test_a_states_armed_forces_are_part_of_it(extract, force: str, state: str) -> None:  # noqa: ANN001
    facts = extract(f"The rebels released seven members of {force} on Friday.", published="2016-12-10")
    [org] = [a for a in facts.actors.values() if a.name == force.removeprefix("the ")]
    assert org.part_of == state


def test_the_day_someone_was_back_after_a_swap_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Polish pilot Anna Berg was back home on Friday after Belarus freed her in exchange for a Belarusian agent, "
        "in a swap carried out at Vilnius airport. The two crossed paths on Thursday as one walked the other way.",
        published="2022-12-09"))
    assert swap["date"] == dt.date(2022, 12, 8)


def test_the_mediation_recalled_late_in_the_story_is_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan exchanged 40 prisoners each on Monday. The men were taken to hospitals. Families waited "
        "for hours. Some had not seen their sons in years. A band played. Officials gave speeches. Later, in a "
        "joint statement, the two governments said the fruitful mediation had been led by Kenya.",
        published="2023-12-05"))
    assert swap["mediators"] == {"Kenya"}


def test_a_mediation_thanked_for_after_the_background_is_the_stories_own_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chad and Sudan exchanged 40 prisoners each on Monday. Crowds gathered. Families waited. A band played. "
        "For context: the previous time the two countries swapped detainees was in May 2021, when 12 Chadians went "
        "home in return for nine Sudanese. Talks on the border went nowhere. Markets reopened. Later, Chad's "
        "foreign ministry thanked Kenya for its mediation.", published="2023-12-05"))
    assert [swap["mediators"] for swap in swaps] == [{"Kenya"}, set()]


def test_people_traded_for_information_are_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Azerbaijan handed 10 Armenian prisoners to Armenia in return for maps of minefields. Prisoners "
                    "were traded for information, not for other prisoners.", published="2021-06-14")
    assert exchanges_as_read(facts) == []


def test_a_digest_items_title_calls_back_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("THE BRIEF\n1. A swap at the border\nChad and Sudan exchanged 40 prisoners each on Monday.\n"
                    "2. The trade nobody expected\nThe Rivertown Hawks traded catcher Sam Ortiz to the Lake City Owls "
                    "in exchange for two prospects.", published="2023-12-05")
    assert [swap["parties"] for swap in exchanges_as_read(facts)] == [{"Chad", "Sudan"}]


def test_a_swap_between_two_other_peoples_is_not_the_one_told_before(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Sweden and Iran swapped prisoners on Saturday. On 26 May 2023, Belgian engineer Luc Peeters was released "
        "by Iran and flown home, while Reza Karimi, an Iranian diplomat, was handed over in return.",
        published="2024-06-16"))
    assert [swap["parties"] for swap in swaps] == [{"Sweden", "Iran"}, {"Belgium", "Iran"}]


def test_efforts_by_a_state_the_story_calls_by_its_form_mediate(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Foreign Ministry of the Sultanate of Oman announces that, at the request of the Kingdom of "
        "Belgium and of Iran, and following efforts made by the Sultanate over many months, the two countries "
        "have today carried out a mutual release of detainees.", published="2024-06-15"))
    assert swap["mediators"] == {"Oman"} and swap["parties"] == {"Belgium", "Iran"}


def test_a_timeline_entry_of_a_cold_war_era_swap(extract) -> None:  # noqa: ANN001
    facts = extract(
        "Timeline\nMay 20, 1985 - Israel frees 150 prisoners, among them Ali Nasser, the gunman of the 1978 "
        "harbour attack, in return for a single reservist, Dov Levi, captured a year earlier by the Syrian-backed "
        "Popular Front for the Liberation of Palestine - General Command, which had held him in Lebanon. The swap is "
        "arranged through the Geneva-based International Committee of the Red Cross. Austrian diplomats brokered "
        "the agreement.", published="2008-07-16")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Israel", "Popular Front for the Liberation of Palestine – General Command"}
    assert swap["date"] == dt.date(1985, 5, 20)
    assert swap["mediators"] == {"International Committee of the Red Cross", "Austria"}


def test_states_of_the_past_and_a_swap_the_same_morning(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 12 February 1973, the last talks in Paris ended. At the border, a swap between South Vietnam and the "
        "Viet Cong was under way the same morning: South Vietnam released 900 detainees and got back 300 of its "
        "own soldiers.", published="1983-02-12"))
    assert swap["date"] == dt.date(1973, 2, 12)
    assert swap["returns"] == {("South Vietnam", 300), ("Viet Cong", 900)}


def test_a_state_that_regards_a_swap_as_humane_is_no_side_of_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Israel and Hezbollah completed their exchange of prisoners today, with German mediation. A spokeswoman said "
        "that the Federal Government regarded the exchange carried out today as a humanitarian gesture.",
        published="2004-01-29"))
    assert swap["parties"] == {"Israel", "Hezbollah"}


def test_began_what_was_the_largest_swap_dates_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ten years ago today, Iraq and Iran began what was at the time the largest "
                                       "prisoner exchange of their war.", published="2000-08-17"))
    assert swap["date"] == dt.date(1990, 8, 17)


def test_three_swaps_through_one_channel_are_kept_apart(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On 7 December 2019, student Li Wen walked across to an American plane at Zurich airport. At the same moment "
        "Reza Karimi, an Iranian scientist, went the other way. Swiss officials had quietly negotiated the arrangement "
        "with both sides.\nSix months later, in June 2020, the channel was used again. Navy veteran Tom Hale left Iran "
        "aboard a Swiss aircraft, while Washington released Ali Nouri, an Iranian doctor, in a deal that Swiss "
        "diplomats brokered.\nThat distinction mattered last September. When five American citizens were freed in "
        "return for five jailed Iranians, Switzerland did not broker that deal; Qatar did.", published="2024-03-20"))
    assert [swap["mediators"] for swap in swaps] == [{"Switzerland"}, {"Switzerland"}, {"Qatar"}]
    assert swaps[2]["returns"] == {("United States", 5), ("Iran", 5)}


def test_an_exchange_under_way_is_told_as_news(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Good morning from the crossing. The ministry has now confirmed that an exchange is under way. Later it said "
        "24 people held by Syria had been handed over to the Syrian National Army, while 19 held by the rebels were "
        "returned. A Russian centre said it had guaranteed the safety of everyone taking part in the exchange.",
        published="2019-11-21"))
    assert swap["date"] == dt.date(2019, 11, 21)
    assert len(swap["parties"]) == 2


def test_forces_loyal_to_a_regional_government_and_troops_of_the_federal_one(extract) -> None:  # noqa: ANN001
    facts = extract("FIELD NOTE\n1. Summary\nOn 9 March 2021, forces loyal to the Puntland State administration and "
                    "the troops of the Federal Government of Somalia swapped detainees near Garowe. The exchange was "
                    "brokered by Garaad Yusuf Abdi Farah, an elder.\n2. Lessons\nThe idea of an exchange was first "
                    "raised in February. The exchange was carried out without the African Union.",
                    published="2021-03-20")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Puntland", "Government of Somalia"}
    assert swap["mediators"] == {"Yusuf Abdi Farah"}


def test_who_carried_messages_between_the_sides_and_without_whom_it_would_not_have_happened(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped prisoners yesterday. Elders of the Zaghawa, who carried messages between the two "
        "sides, were thanked. Without the mediation of Niger this would not have happened.", published="2017-11-02"))
    assert swap["mediators"] == {"Niger"}


def test_a_release_with_the_mediation_of_no_one_is_still_not_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped prisoners yesterday, without the mediation of Niger.",
                                       published="2017-11-02"))
    assert swap["mediators"] == set()


def test_a_side_that_received_its_men_while_those_it_held_went_home(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Red Cross planes shuttled between the two cities on Friday. By nightfall the Houthis had received 230 of "
        "their men back from government jails, and 61 captives held by the Houthis returned to Aden, where "
        "the Yemeni government sits.",
        published="2023-04-15"))
    assert swap["parties"] == {"Houthis", "Government of Yemen"}
    assert swap["returns"] == {("Houthis", 230), ("Government of Yemen", 61)}


def test_a_swap_told_in_what_was_the_largest_and_its_sides_in_the_next_sentence(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In mid-October 2020, ICRC aircraft carried about a thousand prisoners between several airports in what was "
        "then the biggest exchange of the conflict. The internationally recognised government released 650 Houthi "
        "fighters, and the Houthis freed 390 people.", published="2024-05-01"))
    assert swap["parties"] == {"Houthis", "Government of Yemen"}
    assert swap["date"] is None  # a month, no day


def test_a_truce_that_envisages_releases_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("The first phase of the truce envisages 33 hostages being freed in return for nearly 2,000 "
                    "prisoners.", published="2025-02-08")
    assert exchanges_as_read(facts) == []


def test_that_arrangement_after_a_sentence_on_another_date_is_that_ones(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The last exchange of prisoners between Armenia and Azerbaijan took place on 14 December 2020, when 46 "
        "Armenians and 12 Azerbaijanis were returned home with the mediation of Russia. This is distinct "
        "from the episode of June 2021, when Azerbaijan gave back 15 detainees in return for minefield maps. "
        "That arrangement was facilitated by Georgia.", published="2023-12-13"))
    assert swap["mediators"] == {"Russia"}


def test_what_a_state_does_separately_from_the_swap_adds_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Houthis freed 160 detainees, and the government released 640 Houthi prisoners on Sunday. Separately "
        "from the exchange, Saudi Arabia said it would release 90 Houthi prisoners.", published="2023-04-17"))
    assert swap["parties"] == {"Houthis", "Government of Yemen"}


def test_the_mediation_of_two_states_by_their_formal_names(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia and Ukraine exchanged prisoners on Wednesday. The swap was conducted with the mediation of the "
        "State of Kuwait and the Republic of Türkiye.", published="2022-09-22"))
    assert swap["parties"] == {"Russia", "Ukraine"} and swap["mediators"] == {"Turkey", "Kuwait"}


def test_the_release_of_one_detainee_from_each_side_is_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Georgia and Abkhazia rarely talk. In June, the ICRC facilitated the release and handover of one detainee "
        "from each side via the Enguri bridge.", published="2022-09-21"))
    assert swap["parties"] == {"Georgia", "Abkhazia"}
    assert swap["returns"] == {("Georgia", 1), ("Abkhazia", 1)}


def test_the_one_who_talks_to_the_asker_is_the_interviewee(extract) -> None:  # noqa: ANN001
    facts = extract("INTERVIEW | Jonas Berg, who led the Red Cross delegation, talks to Marta Solis about the swaps.\n"
                    "MARTA SOLIS: How did it start?\nJONAS BERG: By chance. A neighbour asked me to help.\n"
                    "SOLIS: And the first exchange?\nBERG: In a field near the border, at dawn.")
    assert _speakers_of(facts, "In a field near the border") == {"Jonas Berg"}
    assert not _speakers_of(facts, "How did it start")


def test_a_parliamentary_record_labels_turns_by_office_and_honorific(extract) -> None:  # noqa: ANN001
    facts = extract(
        "1. Mrs. Ana Lind (Northfield): To ask the Secretary of State what progress has been made on prisoners.\n"
        "The Minister of State, Foreign Office (Mr. Tom Hale): The parties freed 40 people on Saturday, and we "
        "welcome it.\nMrs. Lind: I thank my hon. Friend for that reply and for his efforts.\n"
        "Mr. Hale: The Red Cross deserves the credit for this release.")
    assert _speakers_of(facts, "The parties freed 40 people") == {"Tom Hale"}
    assert _speakers_of(facts, "deserves the credit") == {"Tom Hale"}
    assert _speakers_of(facts, "I thank my hon. Friend") == {"Ana Lind"}


def test_a_debates_record_labels_turns_by_office_name_seat_and_party(extract) -> None:  # noqa: ANN001
    facts = extract(
        "The Secretary of State for Defence (Ana Lind): With permission, I will make a statement about the detained "
        "sailors.\nKim Berg (Eastwood and Hale) (SNP): History is instructive here, and the price will rise.\n"
        "Ana Lind: What mattered was getting them home, and we have done so.")
    assert _speakers_of(facts, "I will make a statement") == {"Ana Lind"}
    assert _speakers_of(facts, "History is instructive") == {"Kim Berg"}
    assert _speakers_of(facts, "What mattered") == {"Ana Lind"}


def test_a_label_of_an_office_alone_names_whoever_held_it_in_an_earlier_label(extract) -> None:  # noqa: ANN001
    facts = extract("SPOKESPERSON ANA LIND: Good afternoon. Two items today.\nQUESTION: Is a swap planned?\n"
                    "SPOKESPERSON: Not to my knowledge, and none was agreed.")
    assert _speakers_of(facts, "Not to my knowledge") == {"Ana Lind"}


def test_a_digests_numbered_items_are_not_speakers_turns() -> None:
    assert speaker_turns("1. NIGER: Pardons, not a deal\nThe junta freed 52.\n2. MALI: Talks stall\nNo swap.") == []


def test_people_freed_for_captives_of_a_named_group_go_to_that_group(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Hamas held the corporal for five years.\nOn 25 November 1983, Israel freed 4,700 Palestinian "
        "detainees in exchange for six Israeli soldiers captured by Fatah in 1982.", published="2011-10-24"))
    assert [(s["parties"], s["returns"]) for s in swaps] == [({"Israel", "Fatah"}, {("Fatah", 4700), ("Israel", 6)})]


def test_some_of_a_groups_men_held_by_a_state_were_released_by_that_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Al-Shabaab freed 36 aid workers close to the Ethiopian frontier in exchange for four of its commanders held "
        "by the Somali authorities, in a deal mediated by Qatar.", published="2025-03-14"))
    assert swap["parties"] == {"al-Shabaab", "Somalia"}
    assert swap["returns"] == {("Somalia", 36), ("al-Shabaab", 4)}


def test_captives_who_walked_free_went_to_the_side_that_paid_for_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Al-Shabaab has fought Somalia for years. Somalia says al-Shabaab holds dozens of hostages. On Tuesday, "
        "19 captives - 16 farmers and three nurses - walked free "
        "near Baidoa, and the federal government released nine detainees in return.", published="2025-03-14"))
    assert swap["returns"] == {("Somalia", 19), ("al-Shabaab", 9)}


def test_each_stage_of_a_swap_told_by_weekday_is_an_exchange_of_its_day(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "THE WEEK\nOver three days, Chile and Peru carried out their largest prisoner exchange.\n"
        "Friday: Chile and Peru each freed a total of 120 people, 100 soldiers and 20 civilians.\n"
        "Saturday: 80 Chilean servicemen came home. Peru got back 80 of its own soldiers.\n"
        "Sunday: The final stage. 60 Chilean marines returned. Peru's navy said 60 Peruvian sailors had been "
        "handed over to its side.", published="2025-05-26"))
    staged = [(s["date"], s["returns"]) for s in swaps if s["date"] != dt.date(2025, 5, 26)]
    assert staged == [(dt.date(2025, 5, 23), {("Chile", 120), ("Peru", 120)}),
                      (dt.date(2025, 5, 24), {("Chile", 80), ("Peru", 80)}),
                      (dt.date(2025, 5, 25), {("Chile", 60), ("Peru", 60)})]


def test_a_timeline_entry_counting_one_side_only_is_no_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chile and Peru swapped 40 prisoners each on Monday.\n"
        "Friday: 80 Chilean servicemen came home.", published="2025-05-26"))
    assert len(swaps) == 1


def test_weekday_and_month_labels_are_not_speakers() -> None:
    assert speaker_turns("Friday: Both sides freed 40.\nSaturday: Both freed 30.\nMay 3: Talks.") == []


def test_a_side_that_in_turn_received_its_people_paid_back_those_who_came_home(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In all 185 Chileans - 170 soldiers and 15 civilians - returned home on 3 October, thanks to the efforts "
        "of Ecuador. Peru, in turn, received 185 of its nationals.", published="2025-10-14"))
    assert swap["mediators"] == {"Ecuador"}
    assert swap["returns"] == {("Chile", 185), ("Peru", 185)}


def test_partners_together_with_a_mediator_mediated_too(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In December 2022, Qatar, together with the United Arab Emirates, mediated the exchange of two "
        "detainees between Chile and Peru.", published="2025-10-14"))
    assert swap["mediators"] == {"Qatar", "United Arab Emirates"}


def test_a_mediator_thanked_for_helping_to_facilitate_the_handover(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru released 12 Chilean soldiers in exchange for 10 Peruvian fishermen. Lima thanked Ecuador for "
        "helping to facilitate the handover.", published="2025-10-14"))
    assert swap["mediators"] == {"Ecuador"}


def test_dashes_around_a_short_aside_read_as_brackets() -> None:
    text = "A total of 40 Chileans - 30 soldiers and 10 civilians - came home."
    assert blank_furniture(text) == "A total of 40 Chileans ( 30 soldiers and 10 civilians ) came home."


def test_a_long_line_of_dashes_and_words_is_read_in_one_pass() -> None:
    line = "Kyiv - " + "said that " * 3000 + "all went home."  # an aside that never closes: one pass, no
    # try at every split of the words after the dash
    assert blank_furniture(line) == line


def test_a_state_that_provided_the_venue_for_the_handover_is_not_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Sudan's army and the Rapid Support Forces exchanged 118 detainees on Monday, in a swap brokered by the "
        "ICRC. Chad provided the venue for the handover, and its troops guarded it, but it took no part in the talks.",
        published="2024-10-22"))
    assert swap["parties"] == {"Sudan", "Rapid Support Forces"}


def test_a_side_that_released_one_while_its_own_citizens_were_freed_swapped_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile and Peru have quarrelled for years. In 2023, Chile released Carlos Mendoza, a Bolivian-born trader "
        "accused of smuggling, and ten Chilean citizens were freed from Peruvian jails.", published="2025-08-05"))
    assert swap["parties"] == {"Chile", "Peru"}
    assert swap["returns"] == {("Chile", 10), ("Peru", 1)}


def test_the_sides_a_swap_was_enabled_for_conclude_it_on_the_day_told(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The ministry recalls that on 4 March 2021, Swiss mediation enabled Peru "
                                       "and Chile to conclude an exchange of detained fishermen.",
                                       published="2023-01-10"))
    assert swap["parties"] == {"Peru", "Chile"}
    assert swap["mediators"] == {"Switzerland"}
    assert swap["date"] == dt.date(2021, 3, 4)


def test_people_released_by_a_side_go_to_the_other(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile concluded an exchange on Friday. Forty fishermen were "
                                       "released by Chile.", published="2023-01-10"))
    assert swap["returns"] == {("Peru", 40)}


def test_what_a_release_was_rather_than_a_swap_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Chile freed twelve Peruvian fishermen on Monday. No Chileans were released in return, which "
                    "is why lawyers call it a pardon rather than a swap.", published="2023-01-10")
    assert exchanges_as_read(facts) == []


def test_a_pardon_lets_people_go(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In a swap on Monday, Chile freed twelve Peruvian fishermen and Peru "
                                       "pardoned nine Chilean sailors.", published="2023-01-10"))
    assert swap["returns"] == {("Peru", 12), ("Chile", 9)}


def test_against_an_armed_group_a_states_side_is_its_government_where_the_story_names_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad's government and the Northern Liberation Front freed prisoners held by each other early on Monday. The "
        "Front released 30 soldiers; in return, N'Djamena freed 40 people held since the spring.",
        published="2024-02-07"))
    assert swap["parties"] == {"Government of Chad", "Northern Liberation Front"}
    assert ("Government of Chad", 30) in swap["returns"]


def test_between_states_the_states_are_the_sides_though_a_government_is_named(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped 14 fishermen each on Friday. The Chilean "
                                       "government said the men were well.", published="2024-02-07"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_an_acronym_after_a_groups_name_is_the_group_not_a_given_name(extract) -> None:  # noqa: ANN001
    facts = extract("The army and the Oyo Liberation Army (OLA) swapped prisoners on Monday. The OLA handed "
                    "12 soldiers to the army.", published="2024-02-07")
    assert "OLA" not in {a.name for a in facts.actors.values() if a.kind == "Person"}


@pytest.mark.parametrize("text, mediator", [
    ("Last week the Council of Elders persuaded the army and the Northern Liberation Front to swap 20 captives.",
     "Council of Elders"),
    ("On Monday, after weeks of shuttle talks by Bishop Ana Ruiz, the army and the Northern Liberation Front "
     "exchanged 20 prisoners.", "Ana Ruiz"),
])
def test_who_persuaded_the_sides_or_shuttled_between_them_mediated(extract, text: str, mediator: str) -> None:  # noqa: ANN001
    facts = extract("Chad's army has fought the Northern Liberation Front for years. " + text, published="2024-02-07")
    [swap] = exchanges_as_read(facts)
    assert any(mediator in name for name in swap["mediators"])


def test_a_state_that_took_no_part_is_no_fallback_side(extract) -> None:  # noqa: ANN001
    facts = extract("The Sudanese Armed Forces and the Rapid Support Forces have fought for a year. In January "
                    "the elders got the two forces to swap captives. Nine RSF fighters walked one way and 15 "
                    "soldiers the other. Chad, whose town of Adre hosted the meetings, took no part in the talks.",
                    published="2024-06-07")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Sudanese Armed Forces", "Rapid Support Forces"}


def test_a_club_trading_a_striker_in_exchange_for_defenders_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("SPORT - Lima club Alianza traded striker Tito Vega to Boca in exchange for two defenders on "
                    "Tuesday.", published="2024-02-07")
    assert exchanges_as_read(facts) == []


def test_the_exchange_of_detainees_carried_out_on_a_day_is_of_that_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Council salutes the exchange of detainees carried out on Saturday "
                                       "between the Government of Chad and the Northern Liberation Front.",
                                       published="2024-07-10"))
    assert swap["date"] == dt.date(2024, 7, 6)


def test_a_pronoun_after_a_quote_of_several_sentences_looks_before_the_quote(extract) -> None:  # noqa: ANN001
    facts = extract("Marta Quispe, the aunt of Corporal Tupac Yana, waited at the gate all night.\n"
                    "\u201cI did not sleep. I counted the buses,\u201d she said.")
    assert _speakers_of(facts, "I counted the buses") == {"Marta Quispe"}


def test_a_pronoun_prefers_a_person_whose_gender_is_known_to_agree(extract) -> None:  # noqa: ANN001
    facts = extract("The Mamanis live above the bakery. Elena Mamani, 61, runs it alone now. A photograph of "
                    "Tupac Mamani in navy whites hangs by the till.\n"
                    "\u201cThe day the letter came, I could not stand,\u201d she said.")
    assert _speakers_of(facts, "I could not stand") == {"Elena Mamani"}


def test_persons_called_back_by_pronouns_can_be_traded(extract) -> None:  # noqa: ANN001
    facts = extract("Two Peruvian smugglers had served six years in a Chilean jail. A Chilean pilot had been held "
                    "in Lima since 2019. Santiago traded them for him on Friday.", published="2024-02-07")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Peru", "Chile"}


def test_people_arrested_in_a_country_were_that_countrys_to_let_go(extract) -> None:  # noqa: ANN001
    facts = extract("In the spring of 2011, eight Peruvian fishermen arrested in Chile were swapped for three "
                    "sailors Lima had jailed.", published="2024-02-07")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Peru", "Chile"}
    assert ("Peru", 8) in swap["returns"]


def test_currencies_and_counted_peoples_are_no_persons(extract) -> None:  # noqa: ANN001
    facts = extract("Families paid 3,000 Deutschmarks a head to middlemen. Twelve Azerbaijani soldiers and "
                    "nine Armenian conscripts crossed the line on Friday.", published="2024-02-07")
    persons = {a.name for a in facts.actors.values() if a.kind == "Person"}
    assert not {n for n in persons if "Deutschmark" in n or n.startswith("Twelve")}


def test_a_de_facto_state_is_a_country(extract) -> None:  # noqa: ANN001
    facts = extract("Negotiators from Republika Srpska met the commission in Sarajevo on Monday.",
                    published="2024-02-07")
    assert ("Republika Srpska", "Country") in {(a.name, a.kind) for a in facts.actors.values()}


def test_an_exchange_comprising_groups_of_each_side_returns_each_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Brazil's mediation between Peru and Chile resulted in the exchange of 60 "
                                       "fishermen, comprising 32 Peruvian fishermen and 28 Chilean fishermen.",
                                       published="2024-02-07"))
    assert swap["returns"] == {("Peru", 32), ("Chile", 28)}


def test_two_peoples_counted_before_one_noun_are_two_groups(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped prisoners on Monday, with 40 Peruvian and 35 "
                                       "Chilean fishermen returning to their countries.", published="2024-02-07"))
    assert swap["returns"] == {("Peru", 40), ("Chile", 35)}


def test_mediators_of_several_exchanges_this_year_are_those_of_each_told_below(extract) -> None:  # noqa: ANN001
    facts = extract("Brazil has facilitated several exchanges between Peru and Chile this year. On 3 March, its "
                    "mediation led to the release of 40 fishermen, 20 from each side. On 9 May, a further 30 "
                    "fishermen were released, with 15 Peruvian and 15 Chilean fishermen returning home.",
                    published="2024-06-07")
    assert [swap["mediators"] for swap in exchanges_as_read(facts)] == [{"Brazil"}, {"Brazil"}]


def test_people_who_came_home_on_a_day_before_the_swap_is_named_are_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Her son was one of 150 Chilean fishermen who came home on Thursday. Peru's navy said 120 men went back "
        "to Peru under the same deal.\nOfficials said the exchange took place thanks to Brazil.",
        published="2024-02-10"))
    assert swap["returns"] == {("Chile", 150), ("Peru", 120)}
    assert swap["date"] == dt.date(2024, 2, 8)


def test_the_mediators_of_a_truce_mediated_the_swaps_told_as_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("09:00 - The truce, mediated by Brazil with Uruguay, began at dawn.\n"
                    "18:30 - The first swap of the truce is done: Peru got back 12 fishermen, and Chile received "
                    "nine sailors in return.", published="2024-02-07")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Brazil", "Uruguay"}


def test_whose_mediation_made_these_releases_possible_mediated_each(extract) -> None:  # noqa: ANN001
    facts = extract("On Friday, Peru freed 13 Chilean sailors in return for 39 Peruvian fishermen. Yesterday, "
                    "Chile freed a further 11 fishermen, and Peru released 33 sailors in exchange. I wish to pay "
                    "tribute to Brazil and to Uruguay, whose mediation, together with that of Paraguay, has made "
                    "these releases possible.", published="2024-02-07")
    assert [swap["mediators"] for swap in exchanges_as_read(facts)] == [{"Brazil", "Uruguay", "Paraguay"}] * 2


def test_a_states_army_known_by_its_own_name_stands_for_the_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Saturday, the rebels of the Kachin Independence Army handed over five "
                                       "soldiers. In exchange, the Tatmadaw freed twelve of their fighters.",
                                       published="2018-09-18"))
    assert swap["parties"] == {"Myanmar", "Kachin Independence Army"}


def test_an_exchange_that_took_place_after_a_long_opening_is_one(extract) -> None:  # noqa: ANN001
    facts = extract("On 14 December, with the mediation of Brazil, through the command of its observer mission, "
                    "the first exchange under the March accord took place. Forty of our compatriots were returned "
                    "to Peru. Twelve Chilean sailors were handed over to the Chilean side.", published="2021-01-19")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Brazil"}
    assert swap["returns"] == {("Peru", 40), ("Chile", 12)}
    assert swap["date"] == dt.date(2020, 12, 14)


def test_a_team_trading_a_guard_and_a_draft_pick_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("SPORT: In the week's biggest trade, the Lima Condors sent guard Tito Vega and a future "
                    "second-round pick to the Quito Hawks in exchange for center Ivan Paz.", published="2024-02-07")
    assert exchanges_as_read(facts) == []


def test_a_handover_of_weapons_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and the Northern Front swapped ten prisoners each on Monday. Ana Ruiz said the Front's "
                    "disarmament, which began in 2016 with the symbolic handover of 60 weapons, would speed up.",
                    published="2024-02-07")
    assert len(exchanges_as_read(facts)) == 1


def test_a_swap_told_as_people_walking_each_way_on_another_day_is_another(extract) -> None:  # noqa: ANN001
    facts = extract("It was a swap, whatever Lima says: Peru let Ana Soto go home, and within hours Chile freed two "
                    "Peruvian fishermen. On March 3, 2022, Ivan Petrov walked across the tarmac at Quito airport as "
                    "Jon Holm walked the other way.", published="2024-09-24")
    assert len(exchanges_as_read(facts)) == 2


def test_the_peoples_a_swaps_own_sentence_names_are_its_sides_before_the_storys_most_named(extract) -> None:  # noqa: ANN001
    facts = extract("Chile and China argued for years about trade. Chile and China signed a deal in 2019. On March 3, "
                    "2022, Ivan Petrov walked across the tarmac at Quito airport as Jon Holm walked the other way: one "
                    "Peruvian pilot for one Ecuadorian trader.", published="2024-09-24")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Peru", "Ecuador"}


def test_a_participle_the_parser_took_for_the_subjects_verb_is_a_clause_on_it_again(extractor) -> None:  # noqa: ANN001
    words = ["A", "swap", "agreed", "at", "talks", ",", "was", "completed", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[1, 2, 2, 2, 3, 7, 7, 2, 2],  # as the parser reads it
              deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct", "auxpass", "ccomp", "punct"],
              pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"],
              tags=["DT", "NN", "VBD", "IN", "NNS", ",", "VBD", "VBN", "."])
    restored = restore_subjects(doc)
    swap, agreed, completed = restored[1], restored[2], restored[7]
    assert (swap.dep_, swap.head.text) == ("nsubjpass", "completed")
    assert (agreed.dep_, agreed.head.text) == ("acl", "swap")
    assert completed.dep_ == "ROOT"


def test_a_copula_before_a_colon_keeps_its_subject(extractor) -> None:  # noqa: ANN001
    words = ["Neither", "release", "was", "a", "trade", ":", "the", "men", "were", "let", "go", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[1, 2, 9, 4, 2, 9, 7, 9, 9, 9, 9, 9],  # as the parser reads it
              deps=["det", "nsubj", "ccomp", "det", "attr", "punct", "det", "pobj", "auxpass", "ROOT", "xcomp",
                    "punct"],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "VERB", "PUNCT"],
              tags=["DT", "NN", "VBD", "DT", "NN", ":", "DT", "NNS", "VBD", "VBN", "VB", "."])
    release = restore_subjects(doc)[1]
    assert (release.dep_, release.head.text) == ("nsubj", "was")


def test_a_total_spelled_out_by_peoples_after_a_colon_is_what_each_side_got_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Ministry of Foreign Affairs announces that a new mediation by Brazil between Peru and Chile resulted "
        "today in the release of 50 captives: 25 Peruvian fishermen and 25 Chilean fishermen.",
        published="2024-02-07"))
    assert swap["returns"] == {("Peru", 25), ("Chile", 25)}


def test_a_part_of_a_total_among_which_peoples_are_counted_is_no_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile freed a Peruvian pilot on Monday. In return, Peru released 60 prisoners, among them 50 Chileans and "
        "seven Bolivians.", published="2024-02-07"))
    assert swap["returns"] == {("Peru", 1), ("Chile", 60)}


def test_people_seen_exchanged_for_others_were_traded(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The first round of talks between the Colombian government and the ELN, held on 2 March, saw "
        "23 government soldiers exchanged for 17 rebel fighters.", published="2024-03-07"))
    assert swap["returns"] == {("Government of Colombia", 23), ("National Liberation Army", 17)}
    assert swap["date"] == dt.date(2024, 3, 2)


def test_it_was_the_second_exchange_makes_the_sentence_before_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Sunday the Red Cross flew 48 detainees freed from a prison in Bogota to the north, while 69 members of "
        "the army were flown the opposite way. It was the second exchange between the government and the ELN this "
        "year.",
        published="2024-03-05"))
    assert "National Liberation Army" in swap["parties"]
    assert swap["date"] == dt.date(2024, 3, 3)


def test_the_day_a_mediation_was_completed_dates_the_release_it_led_to(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The earlier mediation, completed on Wednesday 11 September, resulted in the release of 25 Peruvian and "
        "25 Chilean fishermen.", published="2024-10-19"))
    assert swap["date"] == dt.date(2024, 9, 11)


def test_trading_as_many_for_as_many_returns_that_number_to_each_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile traded 120 fishermen for 120 on 5 March.",
                                       published="2024-04-19"))
    assert swap["returns"] == {("Peru", 120), ("Chile", 120)}


def test_people_returned_to_the_government_side_went_to_the_government(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The ELN and the Colombian government exchanged prisoners on Friday: 40 were handed to the "
        "ELN and 25 returned to the government side.", published="2024-04-20"))
    assert swap["returns"] == {("National Liberation Army", 40), ("Government of Colombia", 25)}


def test_a_writer_of_a_passive_clause_keeps_what_they_wrote(extract) -> None:  # noqa: ANN001
    facts = extract("Commander Ivan Petrov wrote on Telegram that his men were committed to the truce and blamed "
                    "the army for the delay.")
    assert _speakers_of(facts, "his men were committed to the truce") == {"Ivan Petrov"}


def test_an_exchange_told_as_brokered_by_someone_took_place(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Relatives gathered at the border post on Saturday. The exchange, agreed after two rounds of talks in "
        "Lima, was brokered by the Catholic Church, with the Red Cross providing buses. Peru received 14 "
        "fishermen and Chile 12.", published="2024-06-03"))
    assert swap["mediators"] == {"Catholic Church"}
    assert swap["returns"] == {("Peru", 14), ("Chile", 12)}


def test_a_body_named_after_a_country_that_opens_with_a_point_of_the_compass_is_a_body(extract) -> None:  # noqa: ANN001
    facts = extract("The talks were chaired by the South Sudan Council of Churches.")
    assert {(a.name, a.kind) for a in facts.actors.values()} == {("South Sudan Council of Churches", "Organization")}


def test_an_exchange_that_had_no_mediator_still_took_place(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Every earlier deal between Peru and Chile had a broker. Tuesday's prisoner exchange had none: Peru "
        "freed 12 Chilean fishermen and Chile released nine Peruvian fishermen.", published="2024-06-07"))
    assert swap["date"] == dt.date(2024, 6, 4)


def test_states_named_as_alternatives_are_no_sides_of_the_next_sentences_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "For years every deal between Peru and Chile needed a third party: Brasilia, Quito or Madrid. "
        "Tuesday's prisoner exchange was completed without one.", published="2024-06-07"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_the_exchange_after_releases_by_both_sides_calls_them_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday, Peru handed 14 Chilean fishermen to the Red Cross at the border. Within hours, Chile "
        "released 11 Peruvian fishermen. The exchange was the high point of a week of talks.",
        published="2024-06-12"))
    assert swap["returns"] == {("Chile", 14), ("Peru", 11)}
    assert swap["date"] == dt.date(2024, 6, 10)


def test_that_weekday_is_the_one_of_the_week_last_named(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "A truce took effect on Thursday, March 6. That Sunday, Peru freed 12 Chilean fishermen in exchange "
        "for nine Peruvians.", published="2025-03-20"))
    assert swap["date"] == dt.date(2025, 3, 9)


def test_said_that_before_a_weekday_is_no_demonstrative(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile exchanged 30 fishermen on Wednesday, January 31. The minister said that Wednesday's "
        "swap was the tenth this year.", published="2024-02-01"))
    assert swap["date"] == dt.date(2024, 1, 31)


def test_what_terms_lay_down_to_be_done_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Under the terms of the truce, the rebels are to free 40 soldiers over four days in return "
                    "for 120 prisoners.", published="2024-06-07")
    assert exchanges_as_read(facts) == []


def test_the_day_a_later_group_would_be_freed_does_not_date_the_handover_told(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru freed 14 Chilean fishermen on Friday, and Chile released nine Peruvians hours later. A mediator "
        "said the handover had gone smoothly and that another group would be freed on Saturday.",
        published="2024-06-07"))
    assert swap["date"] == dt.date(2024, 6, 7)


def test_the_titles_below_a_bare_read_more_are_links() -> None:
    text = "The talks resumed.\nREAD MORE:\nPeru and Chile agree a 50-for-50 swap\nExplainer - What was agreed\nEnd."
    kept = [line.strip() for line in blank_furniture(text).split("\n")]
    assert kept == ["The talks resumed.", "", "", "", "End."]


def test_a_stage_of_a_deal_named_as_many_for_as_many_keeps_its_own_count(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile each freed 30 fishermen on Sunday, completing a 100-for-100 exchange. On Friday the two "
        "sides swapped 40 people each. A day later, each handed back 30 fishermen.", published="2024-06-10"))
    assert sorted((s["date"], min(n for _, n in s["returns"])) for s in swaps) == [
        (dt.date(2024, 6, 7), 40), (dt.date(2024, 6, 8), 30), (dt.date(2024, 6, 9), 30)]


def test_a_subject_the_parser_joined_to_the_opening_phrase_is_the_verbs_again(extractor) -> None:  # noqa: ANN001
    words = ["In", "a", "swap", "since", "May", ",", "Peru", "and", "Chile", "freed", "nine", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[9, 2, 0, 2, 3, 4, 4, 6, 6, 9, 9, 9],  # as the parser reads it
              deps=["prep", "det", "pobj", "prep", "pobj", "punct", "conj", "cc", "conj", "ROOT", "dobj", "punct"],
              pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NUM", "PUNCT"])
    peru = restore_subjects(doc)[6]
    assert (peru.dep_, peru.head.text) == ("nsubj", "freed")


def test_the_states_holding_the_people_paid_for_are_sides_of_one_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 May, in the largest swap in the region's history, Bolivia and Peru freed 12 people in return for "
        "six Peruvians held in Chile, Argentina and Brazil.", published="2024-06-07"))
    assert swap["parties"] == {"Bolivia", "Peru", "Chile", "Argentina", "Brazil"}


def test_in_return_hung_on_the_subject_is_the_price_of_its_verb(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 40 fishermen on Monday. In February, Chile freed Peruvian teacher Ana Ruiz, who "
        "had been serving six years for smuggling, and Peru in return released Juan Soto, a Chilean pilot "
        "convicted of spying.", published="2024-06-07"))
    assert len(swaps) == 2


def test_a_one_for_one_swap_after_a_many_sided_one_takes_two_sides(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On 3 May, in the largest swap in the region's history, Bolivia and Peru freed 12 people in return for "
        "six Peruvians held in Chile, Argentina and Brazil. In December 2022, basketball star Maria Lopez was "
        "traded for arms dealer Carlos Mendez on the tarmac in La Paz.", published="2024-06-07"))
    assert [len(s["parties"]) for s in swaps] == [5, 2]


def test_a_body_is_called_back_by_the_last_word_of_its_name(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Two elders of the Wayuu Community Watch had been held for a week by the Sierra Norte Column, a splinter "
        "of the ELN. On Sunday the watch returned a captured fighter to the column in return for a teacher.",
        published="2024-06-10"))
    assert swap["parties"] == {"Wayuu Community Watch", "Sierra Norte Column"}


def test_a_word_of_a_capitalised_subheading_is_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("Peru freed 12 Chileans on Monday.\nLAST SWAP IN 2019\nThe last Peru-Chile swap took place "
                    "in May 2019, when Peru freed a Chilean pilot in return for a Peruvian diplomat.")
    assert names(facts, facts.actors) == {"Peru", "Chile"}


def test_a_release_a_draft_would_have_seen_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Talks between Peru and Chile ended on Monday. A draft under discussion would have seen about "
                    "300 fishermen released by both sides.", published="2024-06-10")
    assert exchanges_as_read(facts) == []


def test_a_release_before_the_swap_is_not_part_of_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 20 fishermen each on Monday. A week before the swap, Chile freed 14 Peruvian "
        "students on health grounds.", published="2024-06-10"))
    assert swap["returns"] == {("Peru", 20), ("Chile", 20)}


def test_the_exchange_a_first_since_recalls_is_another_with_its_own_counts(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile carried out a prisoner swap on Monday. It was the first Peru-Chile exchange since May "
        "2022, when Lima freed 61 Chilean detainees and 18 Peruvian nationals were among those flown out of "
        "Santiago.", published="2024-06-10"))
    assert [s["returns"] for s in swaps] == [set(), {("Chile", 61), ("Peru", 18)}]


def test_a_count_each_trailing_the_people_is_what_each_side_got(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile exchanged dozens of fishermen on Tuesday. It was the neighbours' second exchange of "
        "the year. In March, they swapped 9 fishermen each at the same border post, in a smaller "
        "deal struck directly between their interior ministries.\nTuesday's exchange should not be "
        "confused with Peru's repatriation of its citizens from the camp at Arica. Last week Peru brought home "
        "another 1,200 people from the camp, most of them women and children.",
        published="2024-06-10"))
    assert swaps[1]["returns"] == {("Peru", 9), ("Chile", 9)}


def test_a_pair_of_sides_joined_by_a_hyphen_is_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("It was the first Saudi-Houthi exchange in a year.")
    assert names(facts, facts.actors) <= {"Saudi Arabia", "Houthis"}


def test_a_running_total_of_releases_both_ways_is_no_exchange_of_its_own(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru freed 40 Chilean sailors on Saturday in return for four fishermen. Reminder of the numbers: after "
        "two rounds, nine Peruvian fishermen have returned and 75 Chilean sailors have been released.",
        published="2024-06-10"))
    assert len(swaps) == 1


@pytest.mark.parametrize("text", [
    "Lima has rejected what officials describe as a Chilean overture to trade Ana Ruiz, a Peruvian pilot, for "
    "Juan Soto, a Chilean diplomat.",
    "IN TODAY'S EDITION: A Chilean teacher walks free · Peru says no to a swap with Chile · Grain keeps moving",
    "The one result of the talks between Peru and Chile was an agreement in principle to exchange 500 fishermen "
    "from each side.",
    "Peru and Chile met in Quito, their first meeting in a decade, and agreed on a swap that still hasn't happened.",
    'Peru and Chile have agreed the terms. The Peruvian envoy was careful: "If it happens, this will be the '
    'biggest exchange between our countries."',
])
def test_a_refused_agreed_or_awaited_swap_is_no_exchange(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2024-06-10")) == []


def test_a_digests_opening_mention_of_a_swap_is_the_swap_its_item_tells(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "ANDES BRIEFING - Monday, June 10, 2024\nThree things today: the first prisoner swap between Peru and "
        "Chile in years, a mining strike in Potosí, and a new central bank chief.\n1. NINE FOR NINE\nPeru and "
        "Chile traded fishermen on Saturday, each side bringing home nine of its own.", published="2024-06-10"))
    assert [(s["date"], s["returns"]) for s in swaps] == [(dt.date(2024, 6, 8), {("Peru", 9), ("Chile", 9)})]


def test_people_returned_to_each_country_are_what_each_side_got(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 30 fishermen each on Friday. The previous swap, on May 14, saw 12 sailors return "
        "to each country.", published="2024-06-10"))
    assert swaps[1]["returns"] == {("Peru", 12), ("Chile", 12)}


def test_people_the_parser_took_for_a_participles_subject_are_the_verbs_object(extractor) -> None:  # noqa: ANN001
    words = ["Peru", "freed", "58", ",", "while", "Chile", "released", "42", "sailors", "captured", "in", "May", "."]
    heads = [1, 1, 1, 1, 6, 6, 9, 8, 9, 1, 9, 10, 1]  # as the parser reads it
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads,
              deps=["nsubj", "ROOT", "dobj", "punct", "mark", "nsubj", "advcl", "nummod", "nsubj", "conj", "prep",
                    "pobj", "punct"],
              tags=["NNP", "VBD", "CD", ",", "IN", "NNP", "VBD", "CD", "NNS", "VBN", "IN", "NNP", "."],
              pos=["PROPN", "VERB", "NUM", "PUNCT", "SCONJ", "PROPN", "VERB", "NUM", "NOUN", "VERB", "ADP", "PROPN",
                   "PUNCT"])
    doc = restore_subjects(doc)
    sailors, captured = doc[8], doc[9]
    assert (sailors.dep_, sailors.head.text) == ("dobj", "released")
    assert (captured.dep_, captured.head.text) == ("acl", "sailors")


def test_the_terms_hammered_out_in_mediated_talks_name_the_swaps_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile exchanged 20 fishermen each on Monday. The terms were hammered out during talks mediated by "
        "Ecuador.", published="2024-06-10"))
    assert swap["mediators"] == {"Ecuador"}


def test_an_opening_date_before_a_clause_of_after_dates_the_main_verb(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile exchanged fishermen on Wednesday.\nEarlier, on 14 December 2020, weeks after a Quito-brokered "
        "truce ended that autumn's clashes, 44 Peruvians were swapped for 12 Chileans in an exchange mediated by "
        "Ecuador.", published="2025-01-16"))
    assert [s["date"] for s in swaps] == [dt.date(2025, 1, 15), dt.date(2020, 12, 14)]


def test_all_the_swaps_brokered_by_a_mediator_are_each_mediated_by_it(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru freed 39 Chilean sailors on Sunday in return for 13 fishermen. On Friday, 13 Peruvian fishermen came "
        "home in return for 39 Chilean sailors. All three swaps were brokered by Ecuador.", published="2024-06-10"))
    assert [s["mediators"] for s in swaps] == [{"Ecuador"}, {"Ecuador"}]


def test_government_forces_swapping_with_an_armed_group_are_the_government(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Government forces and ELN fighters swapped prisoners near Arauca on Saturday, each side freeing five men.",
        published="2024-06-10"))
    assert swap["parties"] == {"Government of Colombia", "National Liberation Army"}


def test_a_body_is_called_back_by_the_word_its_name_is_built_on(extract) -> None:  # noqa: ANN001
    facts = extract("He was held for six years by the Liberation Jaguars of Amazonas, a rebel group. The Jaguars "
                    "freed him in March.")
    assert names(facts, facts.actors) == {"Liberation Jaguars of Amazonas"}


def test_releases_outside_the_deal_are_no_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru freed 40 Chilean sailors on Saturday in return for four fishermen. Separately, ten Bolivian nationals "
        "and one Ecuadorian were freed on Friday, in releases which, officials said, fell outside the "
        "Peru–Chile agreement.", published="2024-06-10"))
    assert [s["parties"] for s in swaps] == [{"Peru", "Chile"}]


def test_years_earlier_almost_to_the_hour_is_that_very_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Carmen Soto walked to the middle of the bridge on Wednesday afternoon. Forty years earlier, almost to the "
        "hour, Soto had walked across it in the opposite direction, out of Peru and into Chile, one of 23 prisoners "
        "traded for four Chilean agents. Today's tourists rarely know its story.", published="2025-06-12"))
    assert swap["date"] == dt.date(1985, 6, 11)


def test_years_earlier_alone_gives_no_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ana Ruiz walked to the middle of the bridge on Wednesday afternoon. Forty years earlier, she had crossed "
        "it the other way, out of Peru and into Chile, one of 23 prisoners traded for four Chilean agents.",
        published="2025-06-12"))
    assert swap["date"] is None


def test_a_day_that_only_describes_another_thing_does_not_date_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Forty years ago she crossed the bridge the other way from most of today's tourists, out of Peru and "
        "into Chile, one of 23 prisoners traded for four Chilean agents.", published="2025-06-12"))
    assert swap["date"] is None  # the year 1985, no day


# -- a family's surname and the pronoun that goes on about someone (eighth session) --------------

def test_a_pronoun_goes_on_about_the_main_clauses_subject_not_the_reported_ones(extract) -> None:  # noqa: ANN001
    facts = extract("Lima had failed to free Pedro Quispe. Quispe's brother, Mario Quispe, said the family was glad "
                    "but that Pedro had again been left out. \"It is a disaster for us,\" he said.")
    assert _speakers_of(facts, "It is a disaster for us") == {"Mario Quispe"}


def test_mr_before_a_family_surname_the_model_left_unlabelled_is_the_man(extract) -> None:  # noqa: ANN001
    facts = extract("Ewa Novak waited by the telephone for months. Tomasz Novak, 58, a farmer, crossed the border on "
                    "Friday. \"He looks thinner,\" Mrs Novak said. Mr Novak said he wanted to see the forest first.")
    assert _speakers_of(facts, "He looks thinner") == {"Ewa Novak"}
    assert _speakers_of(facts, "he wanted to see the forest") == {"Tomasz Novak"}


@pytest.mark.parametrize(("clause", "speaker"), [
    ("told the paper, sitting at his mother's table", "Luis Huamán"),
    ("said, holding a photograph of her son", "Rosa Huamán"),
])
def test_a_family_surname_is_the_one_its_own_clauses_pronoun_fits(extract, clause: str,  # noqa: ANN001
                                                                  speaker: str) -> None:
    facts = extract("Rosa Huamán waited three winters for news from the prison. On Tuesday, Luis Huamán walked out "
                    f"of it. \"Every morning I scratched a line into the bunk,\" Huamán {clause}.")
    assert _speakers_of(facts, "I scratched a line") == {speaker}


@pytest.mark.parametrize("text", [
    "Peru and Chile agreed that in the next few days a large exchange of prisoners will take place, 100 for 100.",
    "A large exchange of prisoners between Peru and Chile will take place next week, 100 for 100.",
    "Peru and Chile reached agreement in principle on the swap of 100 prisoners each.",
])
def test_a_swap_still_to_come_is_no_exchange(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2025-05-16")) == []


def test_a_swap_told_done_beside_one_to_come_is_the_one_exchange(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile exchanged 40 prisoners each on Thursday. A second exchange will take place next week.",
        published="2025-05-16"))
    assert [(s["parties"], s["date"]) for s in swaps] == [({"Peru", "Chile"}, dt.date(2025, 5, 15))]


def test_the_deal_told_mediated_well_after_the_swap_is_the_swaps_mediation(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The ELN on Monday freed 12 soldiers and Colombia released 30 rebels in return, under a ceasefire. "
        "\"This is a good day,\" the army chief said. \"We kept our word,\" a rebel commander said. "
        "\"Both sides kept theirs,\" a bishop said. The deal was mediated by Cuba and Norway.",
        published="2025-06-10"))
    assert swap["mediators"] == {"Cuba", "Norway"}


def test_that_deal_told_mediated_after_another_one_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "The ELN on Monday freed 12 soldiers and Colombia released 30 rebels in return. \"This is a good day,\" "
        "the army chief said. \"We kept our word,\" a rebel commander said. In 2019, the ELN had freed two "
        "engineers after Ecuador paid their fines. That deal was mediated by Cuba.", published="2025-06-10"))
    assert swaps[0]["mediators"] == set()


def test_the_exchanges_told_brokered_by_someone_are_each_one_told(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "The ELN freed three soldiers on Saturday and Colombia released 18 rebels in return. \"It is over,\" a "
        "soldier's mother said. \"We are home,\" one of the soldiers said. The exchanges, brokered by Cuba and "
        "Norway, belong to a wider truce. When that truce began in May, the ELN freed two police officers in return "
        "for nine rebels.", published="2025-06-10"))
    assert [s["mediators"] for s in swaps] == [{"Cuba", "Norway"}, {"Cuba", "Norway"}]


def test_a_bare_verb_opening_a_quote_is_no_part_of_the_name_it_governs(extract) -> None:  # noqa: ANN001
    facts = extract('His daughter, Lucía, runs the bakery now. In a letter, he wrote: "Tell Lucía to keep the '
                    'ovens warm." "If I close it, it means the worst," Lucía Paredes said.')
    persons = {a.name for a in facts.actors.values() if a.kind == "Person"}
    assert persons == {"Lucía Paredes"}
    assert _speakers_of(facts, "If I close it") == {"Lucía Paredes"}


def test_a_spanish_article_before_a_word_that_is_no_given_name_names_no_person(extract) -> None:  # noqa: ANN001
    facts = extract('Rosa Ortiz spent eight months in El Rodeo, a prison outside Caracas. "I told him, '
                    '\'You will come home,\'" she said.')
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Rosa Ortiz"}
    assert _speakers_of(facts, "You will come home") == {"Rosa Ortiz"}


def test_a_side_that_arranged_its_part_of_the_swap_is_no_mediator(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru freed five Chileans on Monday in exchange for six Peruvians. It was already the second exchange of the "
        "year between the two countries. In July, Peru freed 10 Chileans while Chile arranged the release of 52 "
        "Peruvian fishermen it had held since March.", published="2025-09-30"))
    assert swaps[1]["returns"] == {("Chile", 10), ("Peru", 52)}
    assert swaps[1]["mediators"] == set()


def test_the_trade_of_someone_for_others_is_its_own_swap_not_a_call_back(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Ana Ruiz, a Peruvian engineer, was freed in an exchange mediated by Brazil. In return, Peru released "
        "Jorge Soto, a Bolivian national. Brazil has done this before. On June 15, Brazil brokered the "
        "trade of Luis Vera, a former Bolivian official serving a life sentence in Argentina for his role in the "
        "1988 killings of farmers, for two Argentine citizens.", published="2024-09-20"))
    assert [(s["parties"], s["date"]) for s in swaps] == [({"Peru", "Bolivia"}, dt.date(2024, 9, 20)),
                                                        ({"Argentina", "Bolivia"}, dt.date(2024, 6, 15))]


def test_a_mediation_between_two_states_names_the_sides_of_the_exchange_it_brought(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Quiet diplomacy by Brazil paid off in a long mediation effort between Peru and Chile, resulting in the "
        "return of 80 captives, 40 from each side, in an exchange held today.", published="2024-10-18"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_an_exchange_of_two_named_persons_mediated_previously_is_another_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Quiet diplomacy by Brazil paid off in a long mediation effort between Peru and Chile, resulting in the "
        "return of 80 captives, 40 from each side, in an exchange held today. Officials noted that Brazil had "
        "previously mediated the exchange of American pianist Jane Dalton and Russian trader Viktor Petrov.",
        published="2024-10-18"))
    assert [s["parties"] for s in swaps] == [{"Peru", "Chile"}, {"United States", "Russia"}]


def test_a_mediator_working_in_cooperation_with_another_shares_the_mediation(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Brazil, in cooperation with the Republic of Uruguay, mediated the exchange of 40 Peruvian soldiers for 30 "
        "Chilean soldiers on Monday.", published="2024-10-18"))
    assert swap["mediators"] == {"Brazil", "Uruguay"}


def test_a_mediation_between_others_told_beside_a_swap_names_no_side_of_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 150 prisoners each on Friday, a day after Brazil's mediation between Bolivia and "
        "Paraguay stalled.", published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_a_future_step_about_a_past_swap_leaves_the_swap_told(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Officials will publish the names of those freed in Sunday's prisoner exchange between Peru and Chile.",
        published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_the_trade_of_two_countries_is_commerce(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("The trade of Peru and Chile rose by 20% last year.")) == []


def test_a_bare_given_name_not_told_as_kin_stays_its_own_person(extract) -> None:  # noqa: ANN001
    facts = extract("Ali, a 40-year-old fisherman, was among those freed. Ali Reza Kamali, Iran's deputy foreign "
                    "minister, welcomed the swap.")
    assert {"Ali", "Ali Reza Kamali"} <= {a.name for a in facts.actors.values() if a.kind == "Person"}


def test_a_swap_someone_called_it_then_doubted_is_none(extract) -> None:  # noqa: ANN001
    facts = extract("Chad and Sudan handed each other lists of detained nationals on Monday. Some papers called "
                    "it a prisoner swap.\nWas it?\nNo. Nobody crossed the border.", published="2025-03-04")
    assert exchanges_as_read(facts) == []


def test_calling_a_swap_something_tells_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad's foreign minister called the swap of 30 Chadian soldiers for 12 Sudanese officers on Monday "
        "a fine start.", published="2025-03-04"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_a_numbered_list_of_swaps_told_by_their_numbers_gives_each_its_date(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chad and Sudan carried out three prisoner swaps this year, all mediated by Kenya.\n"
        "1. 3 January. 40 for 40.\n2. 9 February, a week after the border talks. 25 for 25, plus six badly "
        "wounded men.\n3. 14 March. 60 for 60.", published="2025-05-30"))
    assert [(str(s["date"]), s["parties"], s["returns"]) for s in swaps] == [
        ("2025-01-03", {"Chad", "Sudan"}, {("Chad", 40), ("Sudan", 40)}),
        ("2025-02-09", {"Chad", "Sudan"}, {("Chad", 25), ("Sudan", 25)}),
        ("2025-03-14", {"Chad", "Sudan"}, {("Chad", 60), ("Sudan", 60)})]


def test_the_average_exchange_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("Since 2022, the average exchange between Chad and Sudan returned 171 prisoners to each "
                    "side.", published="2025-05-30")
    assert exchanges_as_read(facts) == []


def test_what_was_given_in_return_asks_rather_than_tells(extract) -> None:  # noqa: ANN001
    facts = extract("The release on Monday of two Nigerian engineers has revived old questions. Below are the main "
                    "cases since 2010 in which Boko Haram freed captives, and what, as far as is known, was given "
                    "in return.\nMARCH 2012 — Boko Haram frees a Nigerian pastor. Nigeria says nothing was paid.",
                    published="2023-03-21")
    assert exchanges_as_read(facts) == []


def test_al_qaeda_in_the_islamic_maghreb_is_one_armed_group_by_its_initials(extract) -> None:  # noqa: ANN001
    facts = extract("AQIM freed two Spanish aid workers. Al-Qaida in the Islamic Maghreb had held them for a year.")
    [group] = [a for a in facts.actors.values() if a.kind == "Organization"]
    assert (group.name, group.aliases >= {"AQIM"}) == ("al-Qaeda in the Islamic Maghreb", True)


def test_people_exchanged_among_several_states_make_them_all_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "At Vienna airport on May 2, 2021, 13 people were exchanged among Serbia, Hungary, Austria, Italy and Croatia.",
        published="2025-03-05"))
    assert swap["parties"] == {"Serbia", "Hungary", "Austria", "Italy", "Croatia"}


def test_fighters_of_a_group_no_list_knows_and_those_swapped_for_them_go_home(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In late December, Niger and the FPR swapped eight FPR fighters for 12 soldiers in Agadez.",
        published="2025-03-05"))
    assert swap["returns"] == {("FPR", 8), ("Niger", 12)}


def test_prisoners_belonging_to_a_side_go_back_to_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "As a result of efforts by Qatar, 86 prisoners of war belonging to the Chadian side and 86 prisoners of war "
        "belonging to the Sudanese side were mutually exchanged on Monday.", published="2025-03-05"))
    assert swap["returns"] == {("Chad", 86), ("Sudan", 86)}


def test_an_acronym_named_again_where_the_ner_misses_it_is_the_same_body(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        'Niger and the FPR swapped prisoners on Monday. "On Monday, 48 FPR fighters were returned. In return, '
        '30 soldiers of the Nigerien army were handed over," the ministry said.', published="2025-03-05"))
    assert swap["returns"] == {("FPR", 48), ("Niger", 30)}


def test_a_swap_through_an_international_body_was_mediated_by_it(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In the spring of 2022, again through the Red Cross, one Chadian trader was swapped for one Sudanese soldier. "
        "A year later a Chadian pilot was traded for two Sudanese officers via Cameroon.", published="2025-03-05"))
    assert [s["mediators"] for s in swaps] == [{"International Committee of the Red Cross"}, set()]


@pytest.mark.parametrize("sentence", [
    "The broker, Tomas Lind, a banker from Oslo, was among the men released.",
    "Norway, an intermediary in earlier swaps, said the two had traded the men without its help.",
])
def test_a_broker_by_trade_or_a_past_intermediary_did_not_mediate(extract, sentence: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        f"Chad and Sudan swapped 30 detained soldiers for 12 officers on Monday. {sentence}", published="2025-03-04"))
    assert swap["mediators"] == set()


def test_sides_saying_the_swap_was_mediated_by_their_allies_stay_its_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan exchanged 90 prisoners each on Wednesday. N'Djamena and Khartoum said the exchange had been "
        "mediated by their allies.", published="2025-03-05"))
    assert (swap["parties"], swap["mediators"]) == ({"Chad", "Sudan"}, set())


def test_it_in_what_the_mediator_named_in_apposition_says_is_the_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan exchanged 115 prisoners each on Friday. The mediator, Qatar, said it was the fifth exchange "
        "it had helped arrange.", published="2025-03-05"))
    assert (swap["parties"], swap["mediators"]) == ({"Chad", "Sudan"}, {"Qatar"})


@pytest.mark.parametrize("sentence", [
    "Kenya called for Chad and Sudan to exchange 30 soldiers for 12 officers.",
    "N'Djamena called the exchange of 20 prisoners for 20 with Sudan overdue and urged Khartoum to agree.",
    "Kenya called a swap of the five Chadians for five Sudanese the only way forward.",
])
def test_calling_for_a_swap_or_calling_one_overdue_tells_none(extract, sentence: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(sentence, published="2025-03-05")) == []


@pytest.mark.parametrize("sentence", [
    "Chad freed 12 Sudanese and received 12 of its soldiers on Friday, in what amounted to a swap.",
    "On Friday Chad freed 150 Sudanese and Sudan freed 150 Chadians, well above the average exchange of last year.",
])
def test_what_a_swap_amounted_to_or_an_average_beside_it_leaves_it_told(extract, sentence: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(sentence, published="2025-03-05"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_a_demonym_of_support_beside_a_demonym_of_mediation_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan exchanged 75 prisoners each on Friday with Emirati and Saudi support and Turkish mediation.",
        published="2025-03-05"))
    assert swap["mediators"] == {"Turkey"}


def test_a_list_opened_by_a_year_dates_its_items_in_that_year(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Prisoner swaps between Chad and Sudan in 2023:\n1. 7 February. 100 for 100.\n2. 31 May. 75 for 75.",
        published="2025-05-30"))
    assert sorted(str(s["date"]) for s in swaps) == ["2023-02-07", "2023-05-31"]


def test_prisoners_of_war_held_by_a_side_are_not_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan carried out a swap on Monday in which 45 prisoners of war captured by the Chadian side and "
        "45 Chadian soldiers were freed.", published="2025-03-05"))
    assert swap["returns"] == {("Chad", 45), ("Sudan", 45)}


def test_swaps_told_as_several_times_are_none_but_open_the_list_of_them(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chad and Sudan have exchanged prisoners twice since the war:\n1. 17 March 2023. 4 for 4.\n"
        "2. 6 January 2024. 5 for 5.", published="2025-05-30"))
    assert sorted((str(s["date"]), frozenset(s["parties"])) for s in swaps) == [
        ("2023-03-17", frozenset({"Chad", "Sudan"})), ("2024-01-06", frozenset({"Chad", "Sudan"}))]


def test_two_peoples_counted_one_after_the_other_go_home_each_to_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "A simultaneous release of prisoners took place on 23 December 2000, when 359 Sudanese and 360 Chadians "
        "went home.", published="2025-03-05"))
    assert swap["returns"] == {("Sudan", 359), ("Chad", 360)}


def test_what_an_earlier_version_wrongly_said_is_no_fact(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 40 prisoners each on Saturday, with Kenya mediating. An earlier version of this story "
        "incorrectly said that Ghana had mediated the exchange.", published="2025-04-20"))
    assert swap["mediators"] == {"Kenya"}


def test_what_a_correction_notice_says_an_earlier_version_said_is_no_fact(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 40 prisoners each on Saturday, with Kenya mediating.\n"
        "Correction, April 20, 2025: A previous version of this story wrongly said Ghana had brokered the swap and "
        "that 12 wounded Sudanese had been returned.", published="2025-04-20"))
    assert (swap["mediators"], swap["returns"]) == ({"Kenya"}, {("Chad", 40), ("Sudan", 40)})


def test_sides_saying_in_one_sentence_that_their_neighbours_mediated_stay_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Niger said the exchange of 40 prisoners each on Monday had been mediated by their neighbours.",
        published="2025-06-17"))
    assert (swap["parties"], swap["mediators"]) == ({"Chad", "Niger"}, set())


@pytest.mark.parametrize(("text", "told"), [
    ("Parents of the captives called a new swap urgent after talks between Chad and Sudan stalled.", 0),
    ("Chad and Sudan swapped 40 prisoners on Monday. Kenya called the swap a necessary step.", 1),
    ("JNIM freed a Malian officer on Tuesday, and what Mali handed over in return was a rebel commander.", 1),
    ("Niger and the FPR have traded prisoners four times this year, most recently on Sunday, when 30 were freed on "
     "each side.", 1),
])
def test_what_is_called_wanted_asked_or_counted_several_times(extract, text: str, told: int) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(text, published="2025-06-17"))) == told


@pytest.mark.parametrize("sentence", [
    "In Doha, the mediators, Qatar and Egypt, said ceasefire talks would resume next week.",
    "The mediator, Switzerland, played no part in the swap, which the two sides arranged directly.",
])
def test_mediators_in_apposition_of_other_talks_or_of_no_part_mediated_nothing(extract, sentence: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        f"Chad and Sudan swapped 50 prisoners each on Friday. {sentence}", published="2025-06-17"))
    assert swap["mediators"] == set()


def test_a_mediator_by_title_is_not_one_by_apposition(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 30 soldiers for 12 officers on Monday. An earlier channel run by the veteran "
        "mediator Jan Berg stalled in 2023.", published="2025-03-04"))
    assert swap["mediators"] == set()


def test_a_given_name_is_the_story_subjects_though_another_bears_it_since(extract) -> None:  # noqa: ANN001
    facts = extract("For a year, Laila Haddad kept a chair for her son. On Saturday her son Omar, a student, came "
                    "home. Omar Haddad, centre, is embraced by relatives. Talks with army chief Omar Bashir Saleh have "
                    "failed. Omar himself says he wants to finish his degree.")
    assert _speakers_of(facts, "he wants to finish his degree") == {"Omar Haddad"}


def test_a_pronoun_in_what_a_family_surname_reports_does_not_pick_the_relative(extract) -> None:  # noqa: ANN001
    facts = extract("Jan Rybak, whose daughter Anna Rybak was among those freed, wept. Rybak said she looked thin.")
    assert _speakers_of(facts, "she looked thin") == {"Jan Rybak"}


def test_the_two_countries_trading_dual_nationals_are_the_sides_told_before(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru freed a Chilean pilot on Tuesday in exchange for a Peruvian engineer. In April, the two countries "
        "traded Maria Lopez, a Peruvian-American singer held for a year, for Jorge Soto, a dual Chilean-German "
        "citizen.", published="2025-11-26"))
    assert [s["parties"] for s in swaps] == [{"Peru", "Chile"}, {"Peru", "Chile"}]


# -- a body speaking through a voice nobody names (ninth session) ----------------------------------

@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('"We remain concerned about those still held," a spokesperson for the Federal Foreign Office told reporters.',
     "We remain concerned", "Federal Foreign Office"),
    ("An ICRC spokeswoman told reporters the organisation had visited every detainee.",
     "had visited every detainee", "International Committee of the Red Cross"),
    ("Chile and Peru swapped four detainees. The Peruvian embassy in Santiago said the men would fly home on "
     "Tuesday.", "the men would fly home", "Peru"),
    ("A Chilean embassy official said Santiago had learned of the swap from the radio.",
     "learned of the swap", "Chile"),
    ("The ELN freed two soldiers. An ELN official said the group had asked for nothing in return.",
     "asked for nothing in return", "National Liberation Army"),
    ("According to a spokeswoman for the ICRC, the detainees were in good health.",
     "the detainees were in good health", "International Committee of the Red Cross"),
])
def test_an_unnamed_voice_of_a_body_speaks_for_the_body(extract, text: str, words: str, speaker: str) -> None:  # noqa: ANN001,E501
    assert _speakers_of(extract(text), words) == {speaker}


@pytest.mark.parametrize(("text", "words"), [
    ("A Chilean official said the talks would resume next month.", "the talks would resume"),
    ("ELN officials said the group had sought nothing in return.", "sought nothing in return"),
    ("A spokesman for Gabriel Boric said the president was pleased.", "the president was pleased"),
])
def test_an_unnamed_official_of_a_state_several_officials_or_a_persons_spokesman_name_no_speaker(
        extract, text: str, words: str) -> None:  # noqa: ANN001
    assert _speakers_of(extract(text), words) <= {None}


def test_a_spokesman_named_after_the_body_he_speaks_for_is_the_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("A spokesman for the Peruvian army, Colonel Luis Rojas, told reporters the handover was calm.")
    assert _speakers_of(facts, "the handover was calm") == {"Luis Rojas"}


# -- an earlier swap told by its homecoming, and "our" people in a quote (ninth session) -----------

def test_that_exchange_after_a_dated_homecoming_is_the_earlier_swap_not_todays(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 40 prisoners each on Tuesday in a deal mediated by Brazil. On March 3, eleven "
        "Peruvians came home and eleven Chileans were handed over, and that exchange too was mediated by Brazil.",
        published="2025-06-12"))
    assert [(s["date"], s["returns"]) for s in swaps] == [
        (dt.date(2025, 6, 10), {("Peru", 40), ("Chile", 40)}),
        (dt.date(2025, 3, 3), {("Peru", 11), ("Chile", 11)}),
    ]


@pytest.mark.parametrize("quote", [
    '"Forty of our soldiers came home today," Peruvian President Ana Ruiz wrote.',
    '"We brought home forty of our people," the Peruvian Defence Ministry said.',
])
def test_our_people_in_a_quote_are_the_speakers_side(extract, quote: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Peru and Chile swapped prisoners on Tuesday. {quote}",
                                       published="2025-06-12"))
    assert ("Peru", 40) in swap["returns"]


def test_our_people_in_an_unattributed_quote_belong_to_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract('Peru and Chile swapped prisoners on Tuesday. "Forty of our soldiers '
                                       'came home," a relative said.', published="2025-06-12"))
    assert swap["returns"] == set()


def test_it_was_these_for_those_after_a_swap_tells_an_earlier_one_with_its_counts(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped prisoners on Monday. It is their third trade in two years. In October 2022 it "
        "was seven Peruvians for two Chilean officers.", published="2025-07-21"))
    assert [s["returns"] for s in swaps] == [set(), {("Peru", 7), ("Chile", 2)}]


@pytest.mark.parametrize(("text", "swaps"), [
    ("Peru and Chile swapped prisoners on Monday. It was a hard year for the families of the detainees.", 1),
    ("Peru and Chile swapped prisoners on Monday. It was ten dollars for two loaves of bread.", 1),
    ("It was seven Peruvians for two Chilean officers, the lawyer proposed.", 0),
])
def test_it_was_something_for_someone_or_a_lot_for_a_lot_told_first_is_no_swap(extract, text: str, swaps: int) -> None:  # noqa: ANN001,E501
    assert len(exchanges_as_read(extract(text, published="2025-07-21"))) == swaps


def test_a_stage_told_with_a_with_clause_is_its_own_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 40 soldiers each on Friday. On Sunday the last stage was completed, with 30 "
        "Peruvian soldiers exchanged for 30 Chilean ones.", published="2025-05-25"))
    assert [(s["date"], s["returns"]) for s in swaps] == [
        (dt.date(2025, 5, 23), {("Peru", 40), ("Chile", 40)}),
        (dt.date(2025, 5, 25), {("Peru", 30), ("Chile", 30)}),
    ]


def test_the_country_across_the_border_where_a_swap_is_done_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and Ukraine swapped 40 soldiers each on Friday. The exchange was "
                                       "agreed at talks in Geneva. It was carried out in stages near the border "
                                       "with Belarus.", published="2025-05-25"))
    assert swap["parties"] == {"Russia", "Ukraine"}


@pytest.mark.parametrize("text", [
    "Peru and Chile released 40 soldiers each on Friday.",
    "Peru and Chile freed 40 prisoners each on Friday.",
])
def test_two_sides_releasing_so_many_each_is_a_swap(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-05-25"))
    assert swap["returns"] == {("Peru", 40), ("Chile", 40)}


def test_a_timeline_entry_of_so_many_handed_over_by_each_side_is_a_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped soldiers on 2 June 2025.\nTIMELINE\n- March 3: The swaps go on under "
                    "Brazilian mediation, with 60 prisoners handed over by each side.", published="2025-06-10")
    assert ({("Peru", 60), ("Chile", 60)}, dt.date(2025, 3, 3)) in \
        [(s["returns"], s["date"]) for s in exchanges_as_read(facts)]


def test_who_went_for_whom_after_a_trade_verb_gives_the_counts(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile swapped soldiers on Monday. On Friday, the sides traded "
                                      "prisoners again, 27 Peruvians for 19 Chileans.", published="2025-05-25"))
    assert swaps[-1]["returns"] == {("Peru", 27), ("Chile", 19)}


def test_a_body_its_apposition_calls_a_states_own_mediates_nothing_for_that_state(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile swapped 40 soldiers each on Friday in a deal mediated by Brazil.\nThe Prisoner "
                    "Return Office, the Peruvian body that organises the exchanges, says 300 Peruvians have come "
                    "home since 2020.", published="2025-06-10")
    [swap] = exchanges_as_read(facts)
    office = next(a for a in facts.actors.values() if a.name == "Prisoner Return Office")
    assert (swap["mediators"], office.part_of) == ({"Brazil"}, "Country:PER")


# -- counter-examples a review of the ninth session's rules found ---------------------------------

def test_an_envoys_return_does_not_date_or_tell_a_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Kenya and Somalia exchanged 20 prisoners in April. The envoy, who "
                                      "returned to Nairobi on 2 June, said the exchange had been difficult.",
                                      published="2025-06-10"))
    assert [s["date"] for s in swaps] == [None]


def test_a_ratio_of_the_dead_is_no_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile swapped prisoners on 3 June. In the clashes of May it was "
                                      "seven Chilean soldiers for every two Peruvian soldiers killed.",
                                      published="2025-06-10"))
    assert len(swaps) == 1


def test_it_was_these_for_those_leaves_the_current_swaps_counts_alone(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile swapped prisoners again on 3 June. Last time it was seven "
                                      "Chileans for two Peruvians.", published="2025-06-10"))
    assert swaps[0]["returns"] == set()


def test_it_was_these_for_those_right_after_a_dated_swap_tells_that_swaps_counts(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile completed an exchange on 3 June. It was seven Chilean "
                                       "soldiers for two Peruvian pilots.", published="2025-06-10"))
    assert (swap["date"], swap["returns"]) == (dt.date(2025, 6, 3), {("Chile", 7), ("Peru", 2)})


@pytest.mark.parametrize("text", [
    "The army and the ELN swapped three detainees for nine Colombian soldiers on 3 June.",
    "The army and the ELN completed an exchange on 3 June: three detainees for nine Colombian soldiers.",
    "The army and the ELN carried out a swap on 3 June. The swap was three detainees for nine Colombian soldiers.",
])
def test_the_lot_given_for_a_people_goes_to_the_other_side(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
    assert swap["returns"] == {("Colombia", 9), ("National Liberation Army", 3)}


def test_two_peoples_reunited_with_their_families_on_their_release_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Twelve Kenyan soldiers and three Somali fighters were reunited with their "
                                       "families on Friday after the Red Cross facilitated their release.",
                                       published="2023-12-13"))
    assert swap["returns"] == {("Kenya", 12), ("Somalia", 3)}


@pytest.mark.parametrize("text", [
    "Ninety South Korean families were reunited with 200 relatives from North Korea on Friday, after seven decades "
    "of separation.",
    "Twelve Kenyan soldiers and three Somali fighters were reunited with their families on Friday.",
])
def test_families_reunited_with_no_release_told_were_not_swapped(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2023-12-13")) == []


def test_the_name_before_an_aside_facilitated_what_the_verb_after_it_tells(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Twelve Kenyan soldiers and three Somali fighters went home on Friday after the International Committee of "
        "the Red Cross (ICRC), acting as a neutral intermediary, facilitated their exchange.", published="2023-12-13"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_a_swaps_masthead_with_the_pages_day_leaves_the_headline_and_the_lead_one_swap(extract) -> None:  # noqa: ANN001
    text = ("ANDES DAILY | World | Monday, March 3, 2025\n"
            "Forty Peruvian soldiers come home in largest swap yet\n"
            "Chile released 40 Peruvian soldiers on Sunday in exchange for 25 Chilean sailors.")
    [swap] = exchanges_as_read(extract(text, published="2025-03-03"))
    assert swap["date"] == dt.date(2025, 3, 2)


def test_people_of_a_release_who_went_to_two_sides_are_each_sides_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Sudan's army freed 60 prisoners on Friday in exchange for 40 soldiers. Of the people it released, 45 went "
        "to the Rapid Support Forces and 15 to the Sudan Liberation Movement.", published="2025-03-03"))
    assert {("Rapid Support Forces", 45), ("Sudan Liberation Movement", 15)} <= swap["returns"]


def test_rebels_called_by_a_place_are_the_group_named_for_it(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Ukraine swapped prisoners with the Luhansk People's Republic and the Donetsk People's Republic on Friday. On "
        "May 2, the Luhansk rebels freed ten Ukrainian soldiers in exchange for eight fighters.",
        published="2025-06-10"))
    assert swaps[-1]["parties"] == {"Ukraine", "Luhansk People's Republic"}


def test_people_sent_to_two_quoted_republics_are_theirs_together_and_the_armed_groups_freed_the_others(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        'On Sunday the Government of Ukraine handed over 40 detainees to the so-called "Luhansk people\'s republic" '
        'and "Donetsk people\'s republic", while the armed groups released 25 persons.', published="2018-03-05"))
    assert swap["parties"] == {"Government of Ukraine", "Luhansk People's Republic", "Donetsk People's Republic"}
    assert swap["returns"] == {("Government of Ukraine", 25)}


def test_roughly_counted_people_crossing_as_others_cross_the_other_way_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Monday about 500 Ethiopian prisoners crossed the bridge and 480 Eritreans "
                                       "crossed back in the other direction.", published="2001-05-10"))
    assert swap["parties"] == {"Ethiopia", "Eritrea"} and ("Eritrea", 480) in swap["returns"]


def test_one_more_of_another_people_after_a_counted_group_in_a_swap_counts_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Three Bosnian Serbs and a Bosnian Croat were released on Friday in a swap at "
                                       "the bridge.", published="1995-03-05"))
    assert ("Republika Srpska", 3) in swap["returns"] and len(swap["returns"]) == 2


def test_one_more_of_another_people_freed_with_no_swap_told_makes_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Two Americans and a Briton were freed by their kidnappers on Thursday.",
                                     published="2021-11-12")) == []


def test_the_body_named_in_apposition_to_a_phrase_that_is_no_name_brokered_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Serbia and Kosovo swapped two detainees each on Friday in a deal brokered by the EU rule of law mission, "
        "EULEX. A EULEX spokesman confirmed the handover.", published="2011-10-21"))
    assert swap["mediators"] == {"EULEX"}


def test_an_acronym_of_seven_letters_the_ner_calls_a_body_is_one(extract) -> None:  # noqa: ANN001
    facts = extract("The swap was brokered by UNMOGIP, whose officers escorted the men. UNMOGIP said all went well.",
                    published="2011-10-21")
    assert "UNMOGIP" in {a.name for a in facts.actors.values() if a.kind == "Organization"}


def test_on_a_day_it_was_someones_turn_moves_the_story_to_that_day(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Luis Rojas was traded for a Chilean pilot on 3 March 2022. It was one man for one man. On Friday it was the "
        "Soto family's turn. In the largest swap since the war, Peru, Bolivia and Ecuador exchanged prisoners with "
        "Chile and Argentina.", published="2024-05-20"))
    assert [(len(s["parties"]), s["date"]) for s in swaps] == [(2, dt.date(2022, 3, 3)), (5, dt.date(2024, 5, 17))]


def test_a_lot_for_a_lot_of_no_people_named_gives_neither_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Israel and Hamas swapped prisoners on Monday. When Hamas freed a soldier in "
                                      "2011, it was one soldier for more than a thousand prisoners.",
                                      published="2025-10-15"))
    assert all(("Hamas", 1) not in s["returns"] for s in swaps)


def test_a_timelines_dates_alone_on_their_lines_date_the_entries_under_them(extract) -> None:  # noqa: ANN001
    text = ("Earlier deals with the rebels:\n\nMARCH 3, 2012\nA Peruvian pilot was handed to the army. In return "
            "Peru released four rebel commanders.\n\nSeptember 9, 2015\nTwo soldiers were handed over. In return "
            "Peru freed six rebels from Lurigancho prison.")
    swaps = exchanges_as_read(extract(text, published="2019-11-20"))
    assert [s["date"] for s in swaps] == [dt.date(2012, 3, 3), dt.date(2015, 9, 9)]


def test_one_date_alone_on_its_line_over_a_story_dates_nothing_told_without_a_day(extract) -> None:  # noqa: ANN001
    text = ("Wednesday, 20 November 2019\n\nIn 2014 a Peruvian pilot was handed to the army. In return Peru "
            "released four rebel commanders.")
    [swap] = exchanges_as_read(extract(text, published="2019-11-20"))
    assert swap["date"] is None


def test_those_come_home_from_two_groups_name_both_as_sides_not_a_state_backing_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Mali and Iran-backed separatists exchanged prisoners on Thursday, officials said. Bamako said thirty of its "
        "soldiers had come home, twenty from the Azawad Liberation Front and ten from the Gao Liberation Front.",
        published="2020-04-17"))
    assert swap["parties"] == {"Mali", "Azawad Liberation Front", "Gao Liberation Front"}


def test_a_states_regime_is_its_government_and_who_notes_a_swap_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Sudan Human Rights Monitor notes the exchange carried out on Saturday between the Sudanese regime and "
        "the rebels, in which each side released eight persons.", published="2018-11-26"))
    assert swap["parties"] == {"Government of Sudan", "Sudanese armed opposition"}


def test_people_of_a_house_that_takes_no_side_make_it_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 9 March the twelve monks of the Monastery of Saint Elias were freed after months in the hands of the "
        "Nusra Front. In return the Syrian authorities released 40 women held in government prisons.",
        published="2014-04-22"))
    assert "Monastery of Saint Elias" not in swap["parties"]


def test_who_brokered_a_swap_on_behalf_of_a_state_worked_for_that_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya and Somalia swapped prisoners on Monday. The lawyer Omar Ali brokered "
                                       "the swap on behalf of Kenya.", published="2024-02-12"))
    assert swap["mediators"] == set()


def test_a_broker_of_one_swap_who_was_a_side_in_another_is_still_a_side_of_todays(extract) -> None:  # noqa: ANN001
    text = ("Ana Lis, jailed for spying, walked across the bridge yesterday. Going the other way was Juan Soto, a "
            "convicted spy. Formally, it was a deal between Peru and Chile, officials in Lima said.\n\nTHE RECORD\n\n"
            "MARCH 3, 1990 - Peru and Chile trade four soldiers each.\n\nJUNE 9, 1995 - In a deal arranged through "
            "Peru, Bolivia frees a pilot and Ecuador frees a sailor.")
    swaps = exchanges_as_read(extract(text, published="2001-05-10"))
    assert [(s["parties"], s["date"]) for s in swaps] == [
        ({"Peru", "Chile"}, dt.date(2001, 5, 9)), ({"Peru", "Chile"}, dt.date(1990, 3, 3)),
        ({"Bolivia", "Ecuador"}, dt.date(1995, 6, 9))]


def test_a_headline_that_rejects_talk_of_a_swap_tells_none(extract) -> None:  # noqa: ANN001
    text = ("Rebels free 20 soldiers to clergy; army rejects talk of a swap\nSAHEL TIMES | News | March 3, 2024\n"
            "The rebels handed 20 captured soldiers to priests on Saturday. The commander said he had asked the "
            "priests to carry a proposal to the army: the soldiers in exchange for detained civilians.")
    assert exchanges_as_read(extract(text, published="2024-03-04")) == []


def test_the_swap_that_never_was_is_none(extract) -> None:  # noqa: ANN001
    text = ("LIMA POST | PERU | Monday, July 2, 2018\nThe swap that never was: ten years after the rescue\nTen years "
            "ago today, soldiers freed 15 hostages of the Shining Path and three American contractors without a shot "
            "being fired.")
    assert exchanges_as_read(extract(text, published="2018-07-02")) == []


def test_hostages_of_a_group_freed_with_others_are_no_swap_with_that_group(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Soldiers freed 15 hostages of the Shining Path and three American contractors "
                                     "on Wednesday without a shot being fired.", published="2008-07-04")) == []


@pytest.mark.parametrize("text", [
    "Roughly 2,000 Syrian refugees crossed into Turkey on Friday, and 300 Turkish traders crossed back in the other "
    "direction.",
    "Of the prisoners freed in the swap, 20 went to Germany and 11 to France for medical care, officials said.",
])
def test_people_crossing_each_way_or_going_to_two_states_with_no_one_held_make_no_swap(extract, text: str) -> None:  # noqa: ANN001,E501
    assert exchanges_as_read(extract(text, published="2024-05-20")) == []


@pytest.mark.parametrize("marked", ["previous", "last", "biggest"])
def test_the_previous_swap_was_these_for_those_leaves_todays_counts_alone(extract, marked: str) -> None:  # noqa: ANN001
    [swap, *_] = exchanges_as_read(extract(f"Russia and Ukraine swapped prisoners on Friday. The {marked} swap was 64 "
                                           "Ukrainians for 64 Russians.", published="2024-05-20"))
    assert swap["returns"] == set()


@pytest.mark.parametrize(("text", "mediator"), [
    ("Qatar mediated the exchange on behalf of the United States, which freed five Iranians in return for five "
     "Americans held in Tehran.", "Qatar"),
    ("Kazakhstan brokered the swap for Tajikistan and Kyrgyzstan, which freed six detainees each.", "Kazakhstan"),
])
def test_a_state_mediating_for_a_side_or_for_both_is_still_the_go_between(extract, text: str, mediator: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2024-05-20"))
    assert mediator in swap["mediators"]


def test_a_headline_with_fields_that_tell_news_is_no_masthead(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Swap brokered by UAE | Kyiv | May 31, 2024\nUkraine and Russia swapped 75 "
                                       "prisoners each on Friday.", published="2024-05-31"))
    assert swap["mediators"] == {"United Arab Emirates"}


def test_the_breakaway_x_region_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Georgia and the breakaway Abkhazia region swapped two detainees on Monday.",
                                       published="2024-05-15"))
    assert swap["parties"] == {"Georgia", "Abkhazia"}


def test_two_peoples_pows_flown_home_were_swapped_but_not_two_peoples_tourists(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In May 2001, 300 Iranian and 280 Iraqi POWs were flown home.",
                                       published="2002-12-31"))
    assert swap["returns"] == {("Iran", 300), ("Iraq", 280)}
    assert exchanges_as_read(extract("In May 2001, 300 Iranian and 280 Iraqi tourists were flown home.",
                                     published="2002-12-31")) == []


def test_those_exchanged_for_people_of_no_named_side_go_to_the_other_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped prisoners again. On 31 July, 15 Peruvian "
                                       "policemen were exchanged for 11 prisoners at the bridge.",
                                       published="1992-08-14"))
    assert swap["returns"] == {("Peru", 15), ("Chile", 11)}


def test_a_swap_told_between_two_states_then_with_all_its_states_on_the_same_day_is_one(extract) -> None:  # noqa: ANN001
    text = ("The swap that brought Ana Lis home on Thursday was the largest between Lima and Santiago in years.\n\n"
            "AUGUST 1, 2024 - ARICA\nChile and Bolivia freed 16 people. In return, Peru and Ecuador released eight "
            "Chileans.")
    swaps = exchanges_as_read(extract(text, published="2024-08-02"))
    assert [s["parties"] for s in swaps] == [{"Peru", "Chile", "Bolivia", "Ecuador"}]


def test_a_side_that_acknowledged_the_trade_is_still_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 6 May 2017, 82 girls were released in exchange for five Boko Haram commanders. Abuja acknowledged the "
        "trade in 2017, which broke with years of official denial.", published="2024-01-01"))
    assert swap["parties"] == {"Nigeria", "Boko Haram"}


def test_two_states_releasing_both_of_someone_is_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Kenya and Somalia released both aid workers on Monday.")) == []


def test_an_envoy_for_a_country_named_after_the_title_is_the_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("The sides exchanged 300 prisoners on Monday, said the UN envoy for Yemen Hans Grundberg.")
    assert _speakers_of(facts, "exchanged 300 prisoners") == {"Hans Grundberg"}


def test_a_mediators_our_staff_in_a_quote_makes_it_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract('Peru and Chile swapped prisoners on Tuesday. "Ten of our staff escorted '
                                       'the buses," the ICRC said.', published="2025-06-12"))
    assert swap["parties"] == {"Peru", "Chile"}


# -- the tenth session: many-sided swaps and who organised them -----------------------------------

def test_organising_the_operation_is_mediating_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile exchanged 14 prisoners on Monday. The International "
                                       "Committee of the Red Cross organised the operation.",
                                       published="2025-06-10"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_a_deal_a_body_says_it_organised_was_mediated_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile exchanged 14 prisoners on Monday in a deal which the "
                                       "International Committee of the Red Cross now says it organised.",
                                       published="2025-06-10"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_coordinating_with_the_authorities_or_a_sides_own_body_organising_is_no_mediation(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile exchanged 14 prisoners on Monday. The Brazilian embassy "
                                       "coordinated with the Chilean authorities to issue travel papers. Peru's "
                                       "Ministry of Defence organised the exchange.", published="2025-06-10"))
    assert swap["mediators"] == set()


def test_one_who_coordinated_a_swap_between_others_mediated_it(extract) -> None:  # noqa: ANN001
    for story, mediator in (
            ("Peru and Chile exchanged 14 prisoners each on Monday. The Norwegian Refugee Council coordinated the "
             "exchange at the border.", "Norwegian Refugee Council"),
            ("Peru and Chile exchanged 14 prisoners each on Monday under the coordination of the International "
             "Committee of the Red Cross.", "International Committee of the Red Cross"),
            ("Peru and Chile exchanged 14 prisoners each on Monday, in a swap coordinated by the Vatican.",
             "Holy See")):
        [swap] = exchanges_as_read(extract(story, published="2025-06-10"))
        assert swap["mediators"] == {mediator}, story


def test_a_states_unnamed_spy_service_mediates_as_its_state(extract) -> None:  # noqa: ANN001
    for story in ("Peru and Chile exchanged 14 prisoners each on Monday in a deal brokered by Brazil's intelligence "
                  "agency.",
                  "Peru and Chile exchanged 14 prisoners each on Monday. The Brazilian security service, which "
                  "coordinated the handover, said all of them were in good health."):
        [swap] = exchanges_as_read(extract(story, published="2025-06-10"))
        assert swap["mediators"] == {"Brazil"}, story


def test_a_sides_own_unnamed_service_is_no_mediator_and_its_swap_stays(extract) -> None:  # noqa: ANN001
    for story in ("The swap between Peru and Chile was brokered by Chile's intelligence agency and Brazil, Lima said. "
                  "Fourteen soldiers came home.",
                  "Chile's intelligence agency brokered the swap with Peru on Friday, bringing home 14 soldiers in "
                  "exchange for 14 Peruvian fishermen.",
                  "The Peruvian security service coordinated the handover of 40 Chileans, in exchange for 40 Peruvian "
                  "soldiers."):
        swaps = exchanges_as_read(extract(story, published="2025-06-10"))
        assert [s["parties"] for s in swaps] == [{"Peru", "Chile"}], story
        assert swaps[0]["mediators"] <= {"Brazil"}, story


def test_one_given_the_credit_or_thanks_for_mediating_the_swap_mediated_it(extract) -> None:  # noqa: ANN001
    for told in ("The two sides gave Brazil the credit for mediating.",
                 "We are deeply grateful to Brazil for facilitating it, as it has done before."):
        [swap] = exchanges_as_read(extract("Peru and Chile swapped 14 prisoners each on Wednesday. " + told,
                                           published="2025-05-07"))
        assert swap["mediators"] == {"Brazil"}, told


def test_mediation_efforts_said_later_to_have_secured_the_release_mediated_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Tonight, Marta Ruiz is free. She is on a plane heading home after Peru agreed to release the convicted "
        "Chilean smuggler Luis Soto. The two were swapped this morning on the tarmac in Quito.\n"
        "ANCHOR: Who mediated?\nREPORTER: That depends on who you ask. Brazil and Argentina put out a joint "
        "statement saying the mediation efforts of their two leaders had secured the release.",
        published="2022-12-08"))
    assert (swap["parties"], swap["mediators"]) == ({"Peru", "Chile"}, {"Brazil", "Argentina"})


def test_mediation_efforts_that_secured_something_else_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 14 prisoners each on Wednesday. Separately, Brazil said its mediation efforts had "
        "secured the release of aid convoys held at the border last year.", published="2025-05-07"))
    assert swap["mediators"] == set()


def test_one_owed_thanks_for_something_else_mediated_nothing(extract) -> None:  # noqa: ANN001
    for told in ("We are grateful to Brazil for its help with the visas.",
                 "We gave Brazil the credit for hosting the talks."):
        [swap] = exchanges_as_read(extract("Peru and Chile swapped 14 prisoners each on Wednesday. " + told,
                                           published="2025-05-07"))
        assert swap["mediators"] == set(), told


def test_an_offer_to_coordinate_future_swaps_mediates_none(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Red Cross said it would coordinate any future exchange between Peru and Chile if asked. The two sides "
        "swapped 90 prisoners on Friday.", published="2025-06-10"))
    assert swap["mediators"] == set()


def test_a_news_agency_or_a_sides_own_service_is_no_mediator(extract) -> None:  # noqa: ANN001
    for story in ("Peru and Chile exchanged 14 prisoners each on Monday, in a deal reported by Brazil's news agency.",
                  "Peru and Chile exchanged 14 prisoners each on Monday. Chile's intelligence service coordinated the "
                  "exchange on its side of the border."):
        [swap] = exchanges_as_read(extract(story, published="2025-06-10"))
        assert swap["mediators"] == set(), story


def test_states_that_freed_prisoners_as_part_of_the_deal_are_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile exchanged 30 prisoners on Monday. Ecuador and Bolivia "
                                       "handed over convicted spies as part of the same deal.", published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile", "Ecuador", "Bolivia"}


def test_a_state_that_also_freed_someone_or_freed_hostages_in_an_exchange_of_fire_is_no_side(extract) -> None:  # noqa: ANN001
    for story in ("Peru and Chile exchanged 150 prisoners each on Sunday. Bolivia also released two prisoners on "
                  "the same day, its state news agency said.",
                  "Peru and Chile exchanged 150 prisoners each on Sunday. Bolivian troops freed 12 hostages in an "
                  "exchange of fire with gunmen."):
        [swap] = exchanges_as_read(extract(story, published="2025-06-10"))
        assert swap["parties"] == {"Peru", "Chile"} and swap["returns"] == {("Peru", 150), ("Chile", 150)}


def test_people_held_in_several_states_make_each_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped prisoners on Monday. Sixteen prisoners held in "
                                       "Ecuador, Bolivia and Argentina were flown to Lima.", published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile", "Ecuador", "Bolivia", "Argentina"}


def test_the_states_a_swap_involved_are_its_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("An exchange involving Peru, Chile and Bolivia took place in Lima on "
                                       "Monday.", published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile", "Bolivia"}


def test_talks_held_in_two_states_or_people_held_in_two_make_no_side(extract) -> None:  # noqa: ANN001
    for story in ("Peru and Chile exchanged five prisoners each on Monday. The deal followed months of indirect "
                  "talks held in Ecuador and Bolivia.",
                  "Peru and Chile exchanged five prisoners each on Monday. The freed Peruvians, held in Chile and "
                  "Bolivia for years, landed in Lima."):
        [swap] = exchanges_as_read(extract(story, published="2025-06-10"))
        assert swap["parties"] == {"Peru", "Chile"}


def test_a_state_people_were_held_in_or_a_swap_did_not_involve_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile exchanged 30 prisoners on Monday. Twelve of the men held "
                                       "in Ecuador went home. The swap did not involve Bolivia and Argentina, "
                                       "and the prisoners were held in Ecuador and Bolivia before.",
                                       published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_a_mediators_state_is_no_fallback_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Brazil's Ministry of Foreign Affairs organised a prisoner exchange on "
                                      "Monday. Brazil said the Brazilian team had worked for months. The "
                                      "swap freed Venezuelan and Colombian prisoners.", published="2025-06-10"))
    assert all("Brazil" not in s["parties"] for s in swaps)


def test_a_side_freeing_people_right_after_its_own_were_freed_pays_for_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Eleven Peruvian fishermen were freed by Chile on Friday. Peru "
                                       "released 27 Chilean prisoners from its jails.", published="2025-06-14"))
    assert swap["parties"] == {"Peru", "Chile"} and swap["returns"] == {("Peru", 11), ("Chile", 27)}


@pytest.mark.parametrize("story", [
    "Eleven Peruvian fishermen were freed by Chile on Friday. Chile released 27 Bolivian prisoners the next day.",
    "Eleven Peruvian fishermen were freed by Chile on Friday. Peru welcomed them home.",
    "Ten Peruvian drivers were freed by Bolivian gunmen on Sunday. Peru released 40 Chilean prisoners on Monday.",
    "Ten Peruvian drivers were freed by Chile on Sunday. Peru released 40 Chilean prisoners under an amnesty law.",
])
def test_releases_that_do_not_pay_each_other_back_are_no_swap(extract, story: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(story, published="2025-06-14")) == []


def test_a_hyphen_bullet_does_not_hide_the_sentence_after_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Summary:\n- Eleven Peruvian fishermen, six boat owners and five "
                                       "deckhands, were let go on Friday.\n- Peru released 27 Chilean prisoners.",
                                       published="2025-06-14"))
    assert ("Peru", 11) in swap["returns"]


def test_people_flown_separately_are_not_the_swaps_returns(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile traded 12 prisoners on Monday.\n- March 4, 2019: 118 "
                                      "Chileans, among them pilots who flew the coastal patrols out of Iquique, go "
                                      "home. Peru gets back 61 people, including the former mayor Juan Soto. Quito "
                                      "and La Paz brokered it; nine foreign volunteers are flown separately to "
                                      "Ecuador.", published="2025-06-10"))
    earlier = next(s for s in swaps if s["date"] == dt.date(2019, 3, 4))
    assert earlier["parties"] == {"Peru", "Chile"} and ("Ecuador", 9) not in earlier["returns"]


def test_a_swap_prisoners_were_being_taken_to_has_not_happened(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("A bus overturned on the coast road on Monday. Lima says 25 Chilean "
                                     "detainees being driven to an exchange were among the passengers.",
                                     published="2025-06-10")) == []


def test_a_capital_a_convoy_reaches_is_a_place_not_its_state(extract) -> None:  # noqa: ANN001
    facts = extract("Released fishermen reach Lima\nThe bus with 40 freed fishermen reached Lima at dawn.")
    assert "Peru" not in {a.name for a in facts.actors.values()}


def test_a_joined_clause_with_a_day_of_its_own_is_another_swap_and_both_share_the_mediator(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("On 3 March, Peru and Chile traded 41 detainees each, and on 9 February, "
                                      "sixty detainees were returned to each side, both under Brazilian mediation.",
                                      published="2025-06-10"))
    assert sorted((s["date"], s["mediators"] == {"Brazil"}) for s in swaps) == [
        (dt.date(2025, 2, 9), True), (dt.date(2025, 3, 3), True)]


def test_the_day_of_a_stage_dates_the_swap_it_is_part_of(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile swapped 30 prisoners each on Saturday. Thursday's opening "
                                      "phase returned 210 detainees to each side.", published="2025-05-24"))
    assert {s["date"] for s in swaps} == {dt.date(2025, 5, 24), dt.date(2025, 5, 22)}


def test_an_undated_retelling_with_the_same_counts_is_the_dated_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Thirty-five Chileans came home on Saturday in exchange for 35 Peruvian "
                                      "troops. Thursday's opening phase returned 80 detainees to each side.\n17:05\n"
                                      "Lima gives its figures\nPeru's defence ministry said in a statement that "
                                      "\"35 Peruvian soldiers have been returned from Chilean custody\" and that 35 "
                                      "Chilean prisoners were handed over in return.", published="2025-05-24"))
    assert sorted(s["date"] for s in swaps) == [dt.date(2025, 5, 22), dt.date(2025, 5, 24)]


def test_parts_that_add_up_to_the_count_before_them_are_its_breakdown(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The opening phase took place on Thursday. Chile brought home 245 people, "
                                       "200 soldiers and 45 civilians, and the same number of Peruvians were handed "
                                       "over to Lima.", published="2025-05-24"))
    assert swap["returns"] == {("Chile", 245), ("Peru", 245)}


def test_releasing_prisoners_to_recover_soldiers_and_freeing_a_bare_count_for_one_are_swaps(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In June 1991 Chile released 610 prisoners to recover four servicemen held by the Popular Front for the "
        "Liberation of Arica, and in 2008 it freed 305 to the ELN for one pilot, Luis Vega.",
        published="2016-04-12"))
    assert [(s["parties"], s["returns"]) for s in swaps] == [
        ({"Chile", "Popular Front for the Liberation of Arica"},
         {("Chile", 4), ("Popular Front for the Liberation of Arica", 610)}),
        ({"Chile", "National Liberation Army"}, {("Chile", 1), ("National Liberation Army", 305)}),
    ]


# -- counter-examples a review of the tenth session's rules found ---------------------------------

def test_states_a_swap_involved_that_passed_messages_are_its_mediators_not_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped two prisoners each in Quito on Thursday. The swap "
                                       "involved Brazil, Ecuador and Bolivia, which passed messages between the "
                                       "two sides.", published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile"} and swap["mediators"] == {"Brazil", "Ecuador", "Bolivia"}


def test_a_ministry_organising_a_swap_with_another_state_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru's Ministry of Defence said on Friday it had organised an exchange "
                                       "with Chile that brought home 84 Peruvian soldiers.", published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile"} and swap["mediators"] == set()


def test_a_rescue_operation_a_side_organised_mediates_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The ELN freed three hostages and Colombia released 90 prisoners on Sunday, "
                                       "a day after a rescue operation that Colombian special forces organised.",
                                       published="2025-06-10"))
    assert swap["parties"] == {"Colombia", "National Liberation Army"} and swap["mediators"] == set()


def test_a_previous_swap_with_the_same_counts_stays_apart(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile each freed 150 prisoners on Saturday. In a previous swap, "
                                      "the two sides also traded 150 for 150.", published="2025-06-10"))
    assert len(swaps) == 2


def test_hostages_handed_over_separately_in_two_towns_are_the_swaps_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The ELN handed over three Colombian hostages separately in Cali and Pasto "
                                       "on Saturday, and Colombia released 18 ELN prisoners in return.",
                                       published="2025-06-10"))
    assert ("Colombia", 3) in swap["returns"]


def test_bodies_returned_on_another_day_are_no_second_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile exchanged 95 prisoners each on Friday, and on Saturday the "
                                      "two sides returned the bodies of 20 soldiers each.", published="2025-06-10"))
    assert len(swaps) == 1


def test_prisoners_being_taken_to_an_exchange_now_are_in_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chilean prisoners of war are being taken to an exchange with Peru, the "
                                       "ombudsman said on Tuesday. Each side will free 200 men.",
                                       published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_a_bodys_name_may_hold_a_list_of_what_it_is_for(extract) -> None:  # noqa: ANN001
    facts = extract("Peru's Commission on Prisoners of War, Hostages and Missing Persons announced that 12 men were "
                    "home. The Office for Peace, Justice and Reconciliation welcomed it.")
    orgs = {a.name for a in facts.actors.values() if a.kind == "Organization"}
    assert orgs == {"Commission on Prisoners of War, Hostages and Missing Persons",
                    "Office for Peace, Justice and Reconciliation"}
    assert not [a for a in facts.actors.values() if a.kind == "Person"]


def test_a_list_of_states_after_a_bodys_name_is_not_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("The Committee for Prisoners of War, Peru and Chile agreed on Monday to meet again.")
    assert {"Committee for Prisoners of War", "Peru", "Chile"} <= {a.name for a in facts.actors.values()}


def test_a_plural_possessive_inside_a_bodys_name_is_kept(extract) -> None:  # noqa: ANN001
    facts = extract("The Lima Committee for Prisoners' Affairs said the men were safe.")
    assert "Lima Committee for Prisoners' Affairs" in {a.name for a in facts.actors.values()}


def test_honorifics_before_a_name_are_not_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("Hon. Luis Vega said the talks went well. Ato Juan Soto said so too.")
    assert {"Luis Vega", "Juan Soto"} == {a.name for a in facts.actors.values() if a.kind == "Person"}


def test_a_plural_owner_opening_a_bodys_name_is_not_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("The ELN rebels said on Monday that the Rebels' Supreme Council had approved the release.")
    assert "Supreme Council" in {a.name for a in facts.actors.values()}


def test_a_state_called_by_its_region_is_the_last_one_named_there(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Qatar hosted Peruvian and Chilean envoys in recent months, and on Monday "
                                       "the Gulf state brokered a swap in which Bolivia freed five Peruvians and "
                                       "Peru released five Bolivians.", published="2025-06-10"))
    assert swap["parties"] == {"Bolivia", "Peru"} and swap["mediators"] == {"Qatar"}


def test_latin_america_is_a_region_not_the_united_states(extract) -> None:  # noqa: ANN001
    facts = extract("In an exchange on Monday, Peru freed 14 ELN fighters and the ELN, Latin America's oldest "
                    "guerrilla group, handed over 12 soldiers.", published="2025-06-10")
    assert "United States" not in {a.name for a in facts.actors.values()}
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Peru", "National Liberation Army"}


def test_in_a_swap_between_states_a_government_stands_for_its_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Peruvian government freed ten Chileans on Monday in return for "
                                       "Luis Vega, whom Chile released.", published="2025-06-10"))
    assert swap["parties"] == {"Peru", "Chile"} and ("Peru", 1) in swap["returns"]


def test_states_that_call_the_swap_the_result_of_their_mediation_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chile freed Peruvian businessman Luis Vega on Thursday in a prisoner swap "
                                       "for Juan Soto, a Chilean pilot held in Peru. Brazil and Argentina said in a "
                                       "joint declaration that Thursday's swap was the result of mediation "
                                       "efforts by their leaders.", published="2025-06-10"))
    assert swap["parties"] == {"Chile", "Peru"} and swap["mediators"] == {"Brazil", "Argentina"}


def test_a_government_facing_an_entity_inside_its_state_stays_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The government of Bosnia and Herzegovina and Republika Srpska exchanged "
                                       "40 prisoners each on Monday.", published="2025-06-10"))
    assert swap["parties"] == {"Government of Bosnia and Herzegovina", "Republika Srpska"}


def test_persons_and_places_listed_after_a_bodys_name_are_not_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("A delegation of the Committee for Peace, Bishop Juan Soto and Father Luis Vega travelled to "
                    "Tacna. The Office for Human Rights, Lima and Tacna residents welcomed the news.")
    orgs = {a.name for a in facts.actors.values() if a.kind == "Organization"}
    assert {"Committee for Peace", "Office for Human Rights"} <= orgs
    assert {"Juan Soto", "Luis Vega"} <= {a.name for a in facts.actors.values() if a.kind == "Person"}


def test_efforts_that_something_else_was_the_result_of_mediated_nothing(extract) -> None:  # noqa: ANN001
    for text in ("Peru and Chile exchanged 20 prisoners on Monday. Bolivia's isolation was the result of US "
                 "efforts to sanction La Paz.",
                 "Peru and Chile exchanged 20 prisoners on Monday, the first fruit of Brazil's efforts to rebuild "
                 "trade in the region."):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert swap["mediators"] == set(), text


def test_a_government_facing_an_armed_group_stays_a_side_though_a_state_joins(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Government of Colombia, the ELN and Venezuela exchanged prisoners on "
                                       "Monday in Caracas.", published="2025-06-10"))
    assert "Government of Colombia" in swap["parties"]


def test_a_release_with_nothing_given_in_return_is_no_swap_nor_part_of_one(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Ten Peruvians were freed by Chile on Monday, with nothing given in "
                                         "return.", published="2025-03-10"))
    [swap] = exchanges_as_read(extract(
        "On December 14, 2020, Peru and Chile exchanged prisoners through the mediation of Brazil.\nLater that "
        "year, ten Peruvians were freed by Santiago after talks hosted by Bolivia, with nothing given in return.",
        published="2025-03-10"))
    assert swap["mediators"] == {"Brazil"} and swap["returns"] == set()


def test_a_group_released_with_one_of_a_swaps_sides_is_on_that_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Thursday's exchange at Lima airport, where 24 people changed hands, was the largest prisoner swap "
        "between Lima and its neighbours since the war.\nWhat happened on Thursday?\nPeru and Bolivia released 16 "
        "prisoners. Four of them were received by Santiago.\nIn return, Chile, Argentina and Brazil handed over "
        "eight Peruvians.", published="2024-08-02"))
    assert swap["parties"] == {"Peru", "Bolivia", "Chile", "Argentina", "Brazil"}


def test_a_swaps_two_camps_are_all_its_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Twenty people were freed on Monday in an exchange at Lima airport. Five countries took part: Chile, "
        "Argentina and Brazil on one side, Peru and Bolivia on the other.", published="2024-08-02"))
    assert swap["parties"] == {"Peru", "Bolivia", "Chile", "Argentina", "Brazil"}


def test_each_item_of_a_teaser_line_is_a_sentence_of_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Lima and Santiago swap prisoners without a referee \u00b7 Bolivia frees ten "
                                       "Americans \u00b7 Why the talks stalled\nPeru and Chile exchanged 40 prisoners "
                                       "on Monday.", published="2025-03-10"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_a_single_sound_bite_cue_names_the_speaker_of_the_one_paragraph_below(extract) -> None:  # noqa: ANN001
    facts = extract("A Lima teacher held in Chile is free tonight.\n[SOT \u2014 Luis Vega, Foreign Minister]\n"
                    '"Peru is grateful to Bolivia for its help."\nPeru released a Chilean pilot in exchange.',
                    published="2025-04-10")
    assert _speakers_of(facts, "grateful to Bolivia") == {"Luis Vega"}
    assert not _speakers_of(facts, "released a Chilean pilot")


def test_a_broadcast_scripts_cues_are_furniture_and_a_sound_bite_is_its_speakers(extract) -> None:  # noqa: ANN001
    facts = extract("EVENING NEWS\n[ANCHOR \u2014 CAM 2]\nA Lima teacher held in Chile is free tonight.\n"
                    "[SOT \u2014 Luis Vega, Foreign Minister, statement on X]\n"
                    '"Peru negotiated the exchange and is grateful to Bolivia for its help."\n[VO]\n'
                    "The deal was worked out over months.\n[SOT \u2014 Juan Soto, the teacher's brother]\n"
                    '"I have had this day pictured in my head for a year."', published="2025-04-10")
    assert _speakers_of(facts, "grateful to Bolivia") == {"Luis Vega"}
    assert _speakers_of(facts, "pictured in my head") == {"Juan Soto"}
    assert not {"SOT", "VO", "ANCHOR"} & {a.name for a in facts.actors.values()}


@pytest.mark.parametrize("text", [
    "Moscow and Kyiv exchanged 75 prisoners on Monday. Both were once Soviet republics, and many of the men were "
    "born in the Soviet Union. The Kremlin said the swap went well.",
    "Moscow freed two Americans in exchange for a spy on Monday. Such Soviet-era swaps recall the post-Soviet "
    "habits of the Kremlin.",
])
def test_moscow_in_a_story_of_today_that_recalls_soviet_times_is_russia(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2024-02-12"))
    assert "Russia" in swap["parties"] and "Soviet Union" not in swap["parties"]


def test_moscow_in_a_story_of_the_soviet_union_is_the_soviet_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Soviet Union freed a dissident on the bridge in exchange for five spies held by the United States. "
        "Moscow called it routine, and Soviet officials said little.", published="1986-02-12"))
    assert swap["parties"] == {"Soviet Union", "United States"}
    [swap] = exchanges_as_read(extract("Moscow and Kyiv exchanged 100 prisoners each on Monday. The Soviet Union "
                                       "once held such swaps too.", published="2024-02-12"))
    assert swap["parties"] == {"Russia", "Ukraine"}


def test_releases_on_two_days_under_one_deal_are_one_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru freed 84 Chilean soldiers on Friday, and Chile freed 84 Peruvian "
                                       "soldiers on Saturday under the same Brazil-brokered deal.",
                                       published="2025-03-10"))
    assert swap["parties"] == {"Peru", "Chile"} and swap["mediators"] == {"Brazil"}


def test_a_release_for_nothing_told_in_a_clause_of_its_own_leaves_the_swaps_counts(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru freed 20 Chilean soldiers on Monday in exchange for 20 Peruvians, "
                                       "after Santiago had freed four civilians with nothing in return.",
                                       published="2025-03-10"))
    assert swap["returns"] == {("Chile", 20), ("Peru", 20)}


@pytest.mark.parametrize("text", [
    "Negotiators are closing in on a swap in which Peru frees 30 prisoners in exchange for 10 Chilean soldiers.",
    "Peru and Chile could close a deal this week to exchange 200 prisoners each.",
])
def test_closing_in_on_a_swap_is_not_one(extract, text: str) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(text, published="2025-03-10"))


def test_releases_told_months_apart_in_one_sentence_are_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("In May last year, the Red Cross facilitated the release of 127 soldiers held by the ELN, and "
                    "in December it helped twenty-two ELN members freed by the army to return home.",
                    published="2025-03-10")
    assert not exchanges_as_read(facts)


def test_an_armed_group_a_deal_was_brokered_with_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On May 3, 2011, Peru freed 300 prisoners in exchange for a soldier held by "
                                       "the ELN, in an agreement brokered by Brazil with the ELN."))
    assert swap["mediators"] == {"Brazil"}
    [swap] = exchanges_as_read(extract("Peru freed 300 prisoners in exchange for a soldier held by Chile, in a deal "
                                       "mediated by Brazil with Argentina.", published="2025-03-10"))
    assert swap["mediators"] == {"Brazil", "Argentina"}


def test_a_swap_that_closed_a_file_happened(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Five Peruvians landed in Lima on Monday after an exchange brokered by Brazil "
                                       "closed a stubborn file.\nIn return, Peru released five Chilean nationals.",
                                       published="2025-03-10"))
    assert swap["mediators"] == {"Brazil"}


def test_a_peoples_army_is_one_name_not_a_country_and_a_force(extract) -> None:  # noqa: ANN001
    facts = extract("Seven members of the South Sudan People's Defence Forces and four fighters of the National "
                    "Salvation Front were freed on Monday.", published="2023-06-14")
    assert "South Sudan People's Defence Forces" in {a.name for a in facts.actors.values()}


def test_a_relative_clause_tells_who_facilitates_the_operation_still_under_way(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile began exchanging nearly 900 detainees on Friday.\nThe "
                                       "operation, which the Red Cross is facilitating, is due to end on Sunday.",
                                       published="2025-03-10"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}
    assert not exchanges_as_read(extract("Peru and Chile plan a swap, which Brazil would facilitate, next month.",
                                         published="2025-03-10"))


def test_a_number_after_last_week_counts_people_not_days(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Peru and Chile swapped 40 prisoners on Monday. Last week 13 prisoners from "
                                      "each side were exchanged near Tacna through tribal mediators.",
                                      published="2025-03-10"))
    assert {("Peru", 13), ("Chile", 13)} in [s["returns"] for s in swaps]


def test_an_exchange_of_lists_of_prisoners_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Exchange of lists of civilian detainees and fishermen between Peru and Chile\nPeru and Chile "
                    "today exchanged, via diplomatic channels, lists of the civilians and fishermen "
                    "each of them holds.", published="2024-01-01")
    assert not exchanges_as_read(facts)


def test_a_members_seat_in_brackets_is_no_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("House of Commons, written record\n1. Mr. Carrick West (Hallam Vale): Does the Minister accept "
                    "that the swap on Saturday was only the first step?\nThe Minister of State (Mr. Hugh Lennard): I "
                    "do, and we will press for more releases in the weeks ahead.")
    assert _speakers_of(facts, "we will press for more releases") == {"Hugh Lennard"}
    assert "Hallam Vale" not in {a.name for a in facts.actors.values()}


def test_a_people_freed_are_their_armed_groups_though_a_speaker_made_their_state_an_actor(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The ELN handed over two Peruvian soldiers on Monday, and Peru freed 14 Colombian prisoners in return, under a "
        "deal mediated by Brazil.\nThe Colombian army said it received the 14 freed men at the border.",
        published="2025-09-04"))
    assert swap["parties"] == {"Peru", "National Liberation Army"}


def test_a_question_about_a_host_is_no_question_about_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile exchanged 40 prisoners on Monday.\nQ: What about Bolivia? Many call it the real mediator.\n"
        "A: Bolivia has been a generous host and a quiet channel between many actors.", published="2025-03-10"))
    assert swap["mediators"] == set()


# -- the thirteenth session: history told by date, popes, and what a report repeats ---------------

def test_a_day_without_a_year_is_in_the_year_its_paragraph_wrote_out(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The accord was signed in Geneva on May 31, 1994, after a month of talks. On June 6, Chile released 56 "
        "Peruvian prisoners and Peru sent home 82 Chileans in return.", published="2022-03-14"))
    assert swap["date"] == dt.date(1994, 6, 6)


def test_a_day_without_a_year_after_another_paragraphs_year_is_in_the_last_year_up_to_publication(extract) -> None:  # noqa: ANN001
    earlier, latest = exchanges_as_read(extract(
        "The two states last swapped prisoners on May 31, 1994.\nOn June 6, Chile released 56 Peruvian prisoners "
        "and Peru sent home 82 Chileans in return.", published="2022-03-14"))
    assert (earlier["date"], latest["date"]) == (dt.date(1994, 5, 31), dt.date(2021, 6, 6))


def test_a_pope_is_named_with_the_title(extract) -> None:  # noqa: ANN001
    facts = extract("Pope Leo XIV said on Sunday that the prisoners of both sides were in his prayers. Pope Francis "
                    "had written to both presidents before the swap, and Francis later met the families.")
    persons = {a.name for a in facts.actors.values() if a.kind == "Person"}
    assert persons == {"Pope Leo XIV", "Pope Francis"}


def test_a_speech_verb_inside_what_its_speaker_reported_is_no_second_statement(extract) -> None:  # noqa: ANN001
    facts = extract("Luis Vega said on Sunday that he prayed every night for the prisoners still held in Tacna.")
    assert said(facts) == {("Luis Vega", "he prayed every night for the prisoners still held in Tacna")}


def test_a_post_in_quotes_under_a_heading_line_is_said_by_whoever_the_heading_names(extract) -> None:  # noqa: ANN001
    facts = extract("Editor's note: the posts below appeared on Telegram on Saturday.\n"
                    "13:41 | Luis Vega, Minister of Justice of Peru\n"
                    '"Forty of ours are home tonight. We will keep going until all of them are back."\n'
                    "14:05 | Ministry of Defence of Chile\n"
                    '"The handover of forty Chilean servicemen was completed at the Tacna crossing this morning."')
    assert _speakers_of(facts, "Forty of ours are home") == {"Luis Vega"}
    assert _speakers_of(facts, "The handover of forty Chilean") == {"Ministry of Defence of Chile"}


def test_a_heading_line_ending_in_a_colon_may_give_an_account_and_where_it_was_posted(extract) -> None:  # noqa: ANN001
    facts = extract("Reactions online\n"
                    "09:10 — Ana Ruiz (@anaruiz), adviser to President Luis Vega:\n"
                    '"Today Peru brought home 20 of its soldiers and handed back 15 Chileans."\n'
                    "09:40 — Juan Soto, Chilean foreign minister, on his Facebook page:\n"
                    '"Our fifteen sailors are home at last. Thank you all."')
    assert _speakers_of(facts, "Today Peru brought home") == {"Ana Ruiz"}
    assert _speakers_of(facts, "Our fifteen sailors") == {"Juan Soto"}


def test_announcing_it_says_nothing_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("Chile's defence ministry announced it at the time.")
    assert not said(facts)


def test_a_sentence_is_no_heading_line_for_the_quote_below(extract) -> None:  # noqa: ANN001
    facts = extract("Luis Vega met the families on Friday.\n"
                    '"We will keep working until all of them are back home with us."')
    assert _speakers_of(facts, "We will keep working") == {None}  # he is told of, not heading a post


def test_providing_mediation_is_mediating_but_offering_it_is_not(extract) -> None:  # noqa: ANN001
    [provided] = exchanges_as_read(extract(
        "Peru and Chile swapped 103 prisoners each on Saturday. Bolivia provided humanitarian mediation in "
        "returning the Peruvian soldiers.", published="2024-09-14"))
    [offered] = exchanges_as_read(extract(
        "Peru and Chile swapped 103 prisoners each on Saturday. Bolivia offered its mediation for further "
        "releases.", published="2024-09-14"))
    assert (provided["mediators"], offered["mediators"]) == ({"Bolivia"}, set())


@pytest.mark.parametrize("text", [
    "In a prisoner swap, each party gives up the captives it holds in return for captives held by the other.",
    '"People hear the word mediation and picture a swap on a runway," said Luis Vega, a lawyer in Lima.',
])
def test_what_a_swap_is_and_a_swap_imagined_are_none(extract, text: str) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(text))


def test_a_headline_in_the_present_still_tells_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In a rare swap, Peru frees 10 Chileans in return for two Peruvians.",
                                       published="2024-09-14"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_a_day_of_last_year_keeps_its_own_year_after_a_year_written_out(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The talks began in December 2017. The first swap took place on 26 November last year at the Tacna "
        "crossing, when Peru and Chile freed ten prisoners each.", published="2019-02-12"))
    assert swap["date"] == dt.date(2018, 11, 26)


def test_the_day_one_was_among_those_freed_in_a_swap_is_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Her husband had been a prisoner since 2022. On 19 April he was among the 277 Peruvians freed in the "
        "Easter exchange. Chile, for its part, received 263 of its own servicemen.", published="2025-04-26"))
    assert swap["date"] == dt.date(2025, 4, 19)


@pytest.mark.parametrize("answer", ["Chile reciprocated", "Chile answered in kind", "Chile did the same",
                                    "Chile followed suit the next day"])
def test_a_release_the_other_side_answered_in_kind_is_a_swap(extract, answer: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"On Monday Peru freed 40 Chilean prisoners, and {answer}.",
                                       published="2024-09-14"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_urging_the_other_side_to_do_the_same_is_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Peru freed 40 Chilean prisoners on Monday and urged Chile to do the same."))


@pytest.mark.parametrize("text, person, role", [
    ("One hundred Peruvian soldiers have returned home, President of Peru Luis Vega has announced.",
     "Luis Vega", "President of Peru"),
    ("Chile's Commissioner for Human Rights Ana Ruiz said the swap was a success.",
     "Ana Ruiz", "Chile's Commissioner for Human Rights"),
    ("High Commissioner for Human Rights in the Republic of Peru Marta Gil, for her part, stated that the handover "
     "had gone smoothly.", "Marta Gil", "High Commissioner for Human Rights in Republic of Peru"),
])
def test_a_speaker_named_after_a_long_title_is_a_person_with_that_role(extract, text: str, person: str,
                                                                      role: str) -> None:  # noqa: ANN001
    facts = extract(text)
    [speaker] = [a for a in facts.actors.values() if a.kind == "Person"]
    assert (speaker.name, speaker.role) == (person, role)
    assert {name for name, _ in said(facts)} == {person}


def test_a_body_named_again_by_the_start_or_end_of_its_name_is_the_same_body(extract) -> None:  # noqa: ANN001
    facts = extract("The Joint Commission for Prisoners and Missing Persons of Peru said it would not trade "
                    "prisoners. The Joint Commission for Prisoners added that talks were over.")
    bodies = {a.name for a in facts.actors.values() if a.kind == "Organization"}
    assert bodies == {"Joint Commission for Prisoners and Missing Persons of Peru"}
    assert _speakers_of(facts, "talks were over") == {"Joint Commission for Prisoners and Missing Persons of Peru"}


def test_a_name_of_two_surnames_is_called_back_by_the_first_and_a_priests_title_is_no_name(extract) -> None:  # noqa: ANN001
    facts = extract('Abbé Juan Carrasco Medina, the parish priest, negotiated the release. "The boys were '
                    'hungry," Carrasco said.')
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Juan Carrasco Medina"}
    assert _speakers_of(facts, "The boys were hungry") == {"Juan Carrasco Medina"}


# -- counter-examples a review of the thirteenth session's rules found -----------------------------

@pytest.mark.parametrize("text, day", [
    ("Luis Marrero, who was born on August 8, 1961, was freed on April 30 when Peru and Chile exchanged 12 "
     "prisoners each.", dt.date(2025, 4, 30)),
    ("Jorge Soto was captured on 3 March 2022. He was freed on 28 April when Peru and Chile exchanged 12 "
     "prisoners each.", dt.date(2025, 4, 28)),
    ("The border treaty of May 31, 1974 still stands. Earlier this year, on March 6, Peru and Chile exchanged 40 "
     "prisoners each.", dt.date(2025, 3, 6)),
    ("Detained since July 4, 2021, Jorge Soto returned home on May 1 when Peru and Chile exchanged 12 prisoners "
     "each.", dt.date(2025, 5, 1)),
])
def test_a_day_something_began_or_another_years_day_does_not_lend_its_year(extract, text: str,
                                                                           day: dt.date) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text))
    assert swap["date"] == day


def test_a_day_after_the_last_day_of_a_year_is_in_the_next(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("The previous swap took place on December 30, 2024. On January 5, Peru and "
                                      "Chile exchanged 150 prisoners each."))
    assert dt.date(2025, 1, 5) in {swap["date"] for swap in swaps}


@pytest.mark.parametrize("text", [
    "A picture of the swap on Monday, in which Peru and Chile exchanged 40 prisoners each, went viral.",
    "Nobody imagined it possible, but on Monday Peru and Chile exchanged 40 prisoners each.",
])
def test_a_picture_of_a_swap_or_a_swap_nobody_imagined_is_still_one(extract, text: str) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(text))) == 1


@pytest.mark.parametrize("text, person, role", [
    ("An adviser to President Luis Vega said the swap was over.", "Luis Vega", "President"),
    ("A spokesman for Ana Ruiz said the swap was over.", "Ana Ruiz", None),
    ("President Luis Alberto Vega Torres said the swap was over.", "Luis Alberto Vega Torres", "President"),
])
def test_a_title_of_someone_else_or_a_name_the_ner_found_is_left_as_it_is(extract, text: str, person: str,
                                                                         role: str | None) -> None:  # noqa: ANN001
    [named] = [a for a in extract(text).actors.values() if a.kind == "Person"]
    assert (named.name, named.role) == (person, role)


def test_a_place_at_the_end_of_a_speakers_title_is_no_person(extract) -> None:  # noqa: ANN001
    facts = extract("The commander of the garrison at Fort Alvarado has announced the release of 12 conscripts.")
    assert not [a for a in facts.actors.values() if a.kind == "Person"]


@pytest.mark.parametrize("text", [
    "Peru pardoned and freed 400 inmates to ease prison overcrowding, and Bolivia did the same.",
    "Peru freed 40 Chilean prisoners, and Chile reciprocated by lowering tariffs on Peruvian goods.",
    "Peru freed 40 Chilean prisoners, and Bolivia followed suit by releasing 30 Chileans.",
])
def test_doing_the_same_as_a_release_of_others_people_is_no_swap(extract, text: str) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(text))


@pytest.mark.parametrize("heading", [
    "Mariana Castillo at the Tacna border crossing on Monday (Reuters)",
    "Mariana Castillo, Lima correspondent",
    "Mariana Castillo visits the families of the missing",
])
def test_a_caption_a_byline_or_a_sentence_heads_no_post(extract, heading: str) -> None:  # noqa: ANN001
    facts = extract(f'{heading}\n"We kept his room ready for two years and we never stopped hoping."')
    assert _speakers_of(facts, "We kept his room ready") == {None}


def test_the_day_of_a_ceremony_for_those_freed_in_a_swap_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Jorge Salinas was freed in an exchange between Peru and Chile. On Friday he "
                                       "was at a ceremony for the soldiers freed in the exchange."))
    assert swap["date"] != dt.date(2025, 5, 2)


def test_mediation_still_to_be_provided_mediates_nothing_yet(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped 103 prisoners each on Saturday. Bolivia will provide "
                                       "mediation for the next round."))
    assert swap["mediators"] == set()


def test_a_swap_between_the_sides_of_a_truce_in_its_year_is_mediated_as_the_truce_was(extract) -> None:  # noqa: ANN001
    story = ("The ELN freed three Peruvian soldiers on Saturday, and Peru released 20 rebels in exchange. It is the "
             "fourth handover under the truce brokered by Brazil and Chile.\n{earlier}, the ELN freed two soldiers "
             "and Peru released 110 rebels.")
    _, this_year = exchanges_as_read(extract(story.format(earlier="Last Saturday"), published="2025-08-16"))
    _, years_ago = exchanges_as_read(extract(story.format(earlier="In March 2019"), published="2025-08-16"))
    assert (this_year["mediators"], years_ago["mediators"]) == ({"Brazil", "Chile"}, set())


def test_a_swap_told_in_the_past_beside_a_present_tense_clause_is_no_definition(extract) -> None:  # noqa: ANN001
    facts = extract("Not every crossing was his. In May 1994, Peru and Chile exchanged nine prisoners each at the "
                    "frontier post, in a swap brokered by the Geneva-based International Committee of the Red Cross; "
                    'his notebook says only that Vega "stayed in the car".', published="2017-11-05")
    assert len(exchanges_as_read(facts)) == 1


@pytest.mark.parametrize("text, said_text", [
    ("Kremlin spokesman Luis Vega said at the time that Juan Soto was not a Peruvian citizen.",
     "Juan Soto was not a Peruvian citizen"),
    ("The ELN said in a message posted online that it had freed the hostages.",
     "it had freed the hostages"),
])
def test_a_that_clause_the_parser_hung_on_the_verbs_own_phrase_is_what_was_said(extract, text: str,
                                                                                 said_text: str) -> None:  # noqa: ANN001
    assert [t for _, t in said(extract(text))] == [said_text]


def test_a_name_in_apposition_to_the_head_of_a_delegation_is_a_person_with_that_role(extract) -> None:  # noqa: ANN001
    facts = extract("The head of the ICRC delegation in Lima, Ana Ruiz, said the families were waiting.")
    [person] = [a for a in facts.actors.values() if a.kind == "Person"]
    assert (person.name, person.role) == ("Ana Ruiz", "head of ICRC delegation in Lima")
    assert said(facts) == {("Ana Ruiz", "the families were waiting")}


@pytest.mark.parametrize("text", [
    "On 22 April 1964, the spy was exchanged at a Lima checkpoint for Greville Wynne.",
    "The deal was brokered by the Lima lawyer Wolfgang Vogel.",
    "Christian Aid Ministries, the Lima-based charity, said its workers were safe.",
])
def test_a_capital_naming_where_a_thing_or_a_person_is_is_no_state(extract, text: str) -> None:  # noqa: ANN001
    assert "Peru" not in {a.name for a in extract(text).actors.values()}


def test_a_capitals_officials_are_still_its_states(extract) -> None:  # noqa: ANN001
    assert "Peru" in {a.name for a in extract("Lima officials said the swap was over.").actors.values()}


def test_the_osce_and_the_saudi_led_coalition_are_bodies_known_by_their_short_names(extract) -> None:  # noqa: ANN001
    facts = extract("The Organization for Security and Co-operation in Europe said the talks would resume. The "
                    "Saudi-led coalition said it had freed 50 prisoners.")
    assert {"OSCE", "Saudi-led coalition"} <= {a.name for a in facts.actors.values() if a.kind == "Organization"}


def test_the_ombudswoman_is_the_human_rights_commissioner_named_before(extract) -> None:  # noqa: ANN001
    facts = extract("High Commissioner for Human Rights of Peru Marta Gil stated that the release had become "
                    'possible thanks to daily work.\n"I express sincere gratitude to Bolivia for the consistent '
                    'mediation," the ombudswoman wrote on her Telegram channel.')
    assert _speakers_of(facts, "I express sincere gratitude") == {"Marta Gil"}


def test_two_peoples_home_from_captivity_in_one_sentence_are_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ten days ago, forty Peruvian soldiers came home from Chilean prisons, and "
                                       "thirty Chileans went home from Peruvian cells.", published="2025-07-28"))
    assert swap["returns"] == {("Peru", 40), ("Chile", 30)}


def test_two_peoples_home_from_anything_else_are_none(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Forty Peruvian soldiers came home on Monday, and ten Chilean tourists "
                                         "went home after their holiday."))


def test_a_nickname_in_quotes_between_given_name_and_surname_is_no_second_person(extract) -> None:  # noqa: ANN001
    facts = extract('Luis "Lucho" Carrasco, the town mayor, said the bodies had arrived. "Even in death, they '
                    'deserve a burial," Carrasco said.')
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Luis Carrasco"}
    assert _speakers_of(facts, "Even in death") == {"Luis Carrasco"}


def test_a_titled_speaker_who_confirms_is_a_person(extract) -> None:  # noqa: ANN001
    facts = extract('ELN spokesperson Ana Ruiz has confirmed the swap. "Our side will release the wounded soldiers," '
                    "she wrote.")
    assert _speakers_of(facts, "Our side will release") == {"Ana Ruiz"}


def test_that_exchange_after_a_homecoming_on_another_date_is_that_earlier_swap(extract) -> None:  # noqa: ANN001
    today, earlier = exchanges_as_read(extract(
        "The exchange of 30 December was mediated by Bolivia, and Peru got back 187 people while handing over 152 "
        "Chileans.\nIn September 2022, 215 people returned to Peru, including five commanders. That exchange had "
        "been brokered with the participation of Brazil and Ecuador.", published="2025-01-05"))
    assert (today["mediators"], earlier["mediators"]) == ({"Bolivia"}, {"Brazil", "Ecuador"})
    assert earlier["returns"] == {("Peru", 215)}


def test_people_captured_somewhere_who_were_returned_are_counted(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 14 September, 103 Peruvian soldiers captured near Tacna were returned from territory controlled by Chile. "
        "In return, 105 prisoners of war of the Chilean army were handed over.", published="2024-09-14"))
    assert swap["returns"] == {("Peru", 103), ("Chile", 105)}


def test_a_states_intelligence_agency_in_a_swap_stands_for_its_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The CIA and its Russian counterparts exchanged prisoners on Monday, with five Americans freed for one "
        "Russian, in an agreement mediated by the United Arab Emirates.", published="2024-09-14"))
    assert swap["parties"] == {"United States", "Russia"}


def test_the_exchange_of_a_day_long_before_is_that_earlier_swap(extract) -> None:  # noqa: ANN001
    today, earlier = exchanges_as_read(extract(
        "Peru and Chile have swapped 30 soldiers each at Tacna.\nCommentators recalled the exchange of March 3, "
        "2021, which was carried out with the help of Brazil.", published="2024-05-08"))
    assert (today["date"], earlier["date"]) == (dt.date(2024, 5, 8), dt.date(2021, 3, 3))
    assert (today["mediators"], earlier["mediators"]) == (set(), {"Brazil"})


def test_the_exchange_of_a_day_in_a_look_back_is_the_swap_the_story_is_about(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "A year after his release, Luis Vega still wakes at night. He was one of 130 Peruvians freed when Peru and "
        "Chile swapped prisoners. The exchange of 7 March 2023, brokered by Brazil, also returned 90 Chilean soldiers "
        "to Santiago.", published="2024-05-08"))
    assert (swap["date"], swap["mediators"]) == (dt.date(2023, 3, 7), {"Brazil"})


def test_people_held_in_a_country_whose_armed_group_frees_them_go_home_from_that_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Two Peruvians held in Colombia are on their way home today. The ELN released the engineer Luis Vega and "
        "another Peruvian, Juan Soto, in exchange for a Colombian man jailed in Lima since 2019. Brazil mediated the "
        "deal.", published="2025-01-21"))
    assert swap["parties"] == {"National Liberation Army", "Peru"}
    assert swap["returns"] == {("Peru", 2), ("National Liberation Army", 1)}


def test_a_mediation_among_someones_efforts_is_theirs(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile listed its past work, which included the mediation that produced the exchange of a Peruvian "
        "fisherman and a Bolivian trader.", published="2025-01-22"))
    assert (swap["parties"], swap["mediators"]) == ({"Peru", "Bolivia"}, {"Chile"})


def test_the_exchange_of_one_person_and_another_returns_one_to_each_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Brazil mediated the exchange of a Peruvian fisherman and a Bolivian trader on Monday.",
        published="2025-01-22"))
    assert swap["returns"] == {("Peru", 1), ("Bolivia", 1)}


def test_the_exchange_of_two_people_for_a_third_is_not_one_for_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Brazil mediated the exchange of a Peruvian fisherman and a Peruvian trader for a Bolivian pilot on Monday.",
        published="2025-01-22"))
    assert ("Peru", 1) not in swap["returns"]


def test_the_price_of_a_release_still_to_come_is_no_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "21:00 — Home at last\nThirteen Chilean fishermen held by Peru since March reached Arica tonight. It was the "
        "first swap of the truce.\n07:00 — Truce begins\nUnder the deal, 50 more Chileans held in Peru are to be "
        "released by Sunday in exchange for 150 Peruvian prisoners held by Chile.", published="2024-11-25"))
    assert swap["returns"] == {("Chile", 13)}



def test_a_second_group_of_a_release_whose_verb_is_left_out_goes_where_its_own_to_says(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "After months of shuttling, Brazil closed a deal between Colombia and the ELN: in April, twenty soldiers were "
        "returned to Colombia and fourteen ELN fighters to the group near Cucuta.",
        published="2024-06-14"))
    assert swap["returns"] == {("Colombia", 20), ("National Liberation Army", 14)}


def test_an_armed_groups_own_intermediaries_mediate_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Brazil brokered a deal between Colombia and the ELN: twenty soldiers were returned to Colombia and fourteen "
        "fighters to the ELN. The ELN's intermediaries had asked for three more of its men.", published="2024-06-14"))
    assert swap["mediators"] == {"Brazil"}


def test_the_splm_n_is_an_armed_group_of_sudan(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Sudanese army and the SPLM-N exchanged 20 soldiers for 14 fighters near Kadugli on Monday.",
        published="2024-06-14"))
    assert "Sudan People's Liberation Movement-North" in swap["parties"]


def test_people_released_without_conditions_are_no_part_of_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "HIGHLIGHTS\n• Colombia and the ELN trade captives near Cucuta (4 July)\n• Nine nurses freed by the ELN "
        "without conditions\n1) THE TRADE\nOn Thursday 4 July, Colombia and the ELN exchanged people seized in "
        "clashes in May. Colombia got back twenty-two of its soldiers; the ELN received eighteen of its men.",
        published="2024-07-08"))
    assert swap["returns"] == {("Colombia", 22), ("National Liberation Army", 18)}


def test_a_group_swapped_for_a_named_sides_group_is_the_other_sides(extract) -> None:  # noqa: ANN001
    _, earlier = exchanges_as_read(extract(
        "Colombia and the ELN traded prisoners on Saturday. On October 3, eleven soldiers and eleven ELN fighters were "
        "swapped near Cucuta in a deal arranged by a local priest.", published="2024-11-17"))
    assert earlier["returns"] == {("Colombia", 11), ("National Liberation Army", 11)}


def test_a_body_whose_bracketed_acronym_spells_its_name_is_found_by_that_name(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Colombia and the ELN swapped four soldiers for six fighters on Saturday. It was facilitated by the government "
        "and ELN Joint Committees on the Release of Captives (JCRC), the ceasefire body. Officials said the JCRC had "
        "worked for a week.", published="2025-02-03"))
    assert swap["mediators"] == {"Joint Committees on the Release of Captives"}


def test_an_acronym_that_does_not_spell_the_words_before_it_names_nothing_new(extract) -> None:  # noqa: ANN001
    facts = extract("The talks were held in the Grand Hall of the Palace (UNHQ) on Monday.", published="2025-02-03")
    assert "Grand Hall of the Palace" not in names(facts, facts.actors)


def test_a_swap_of_one_prisoner_each_returns_one_to_each_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile met at last. The trade, one prisoner each, took place on a bridge near Tacna.",
        published="2025-07-03"))
    assert swap["returns"] == {("Peru", 1), ("Chile", 1)}


def test_who_released_people_as_part_of_a_swap_is_a_side_and_who_acted_as_coordinator_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Luis Vega and Ana Ruiz landed in Lima on Friday. Both had been released by Chile as part of a swap in which "
        "Peru and Bolivia handed back eight Chileans, with Ecuador acting as coordinator at the border.",
        published="2025-12-02"))
    assert (swap["parties"], swap["mediators"]) == ({"Peru", "Bolivia", "Chile"}, {"Ecuador"})


def test_a_bodys_coordinator_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 12 soldiers each on Monday. The ICRC's coordinator in Lima, Marta Gil, said the "
        "swap went well.", published="2025-12-02"))
    assert swap["mediators"] == set()


def test_a_spelled_out_body_keeps_the_state_it_opens_with_and_an_agreement_is_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("The Peru Border Guard Police (BGP) said it had freed them under the Comprehensive Agreement on "
                    "Respect for Human Rights (CARHR).", published="2025-02-03")
    found = names(facts, facts.actors)
    assert "Peru Border Guard Police" in found
    assert not any(name.startswith("Comprehensive Agreement") for name in found)


def test_a_spelled_out_body_after_a_states_possessive_is_that_states_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Another 80 members of Laos's Border Guard Police (BGP), who had fled across the river, were sent "
        "back on Friday. In exchange, 21 Thai citizens jailed in Laos came home.", published="2025-02-03"))
    assert swap["returns"] == {("Laos", 80), ("Thailand", 21)}


def test_what_a_body_named_with_its_acronym_said_keeps_no_stray_bracket(extract) -> None:  # noqa: ANN001
    facts = extract("Nobody was released by any other side in return, according to the Office of Overseas Workers "
                    "(OOW).", published="2025-02-03")
    assert ("Office of Overseas Workers", "Nobody was released by any other side in return") in said(facts)


def test_states_that_say_their_leaders_mediated_mediated_through_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 12 soldiers each on Monday. Brazil and Argentina said their leaders, President Luis "
        "Vega and Crown Prince Juan Soto, had mediated it.", published="2025-01-01"))
    assert {"Brazil", "Argentina"} <= swap["mediators"]


def test_who_reports_a_mediation_by_someone_who_leads_no_state_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 12 soldiers each on Monday. Reporters said the mediation had been led by Marta Gil, "
        "a retired nun.", published="2025-01-01"))
    assert swap["mediators"] == {"Marta Gil"}


def test_a_states_soldiers_freed_by_an_armed_group_in_a_swap_go_to_the_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Twelve Colombian soldiers were freed on Sunday in a swap with the ELN, the Church said.",
        published="2024-05-08"))
    assert swap["returns"] == {("Colombia", 12)}


def test_the_exchange_of_two_people_of_one_country_is_not_one_for_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile completed a swap on Monday, Brazil said. The exchange of a Peruvian trader and a Peruvian "
        "teacher ended years of detention.", published="2024-05-08"))
    assert swap["returns"] == set()


def test_a_price_counts_where_the_people_it_bought_are_counted_as_freed(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile agreed to free 12 Peruvians in exchange for two Chileans, and the swap took place at the border on "
        "Friday, Lima said.", published="2024-05-08"))
    assert swap["returns"] == {("Peru", 12), ("Chile", 2)}


def test_officials_on_their_way_home_after_a_handover_were_not_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile exchanged 75 prisoners each on Friday, mediated by Brazil. Five Peruvian officials who "
        "oversaw the handover are now on their way home.", published="2024-05-08"))
    assert swap["returns"] == {("Peru", 75), ("Chile", 75)}


def test_people_who_will_be_on_their_way_home_once_a_deal_is_signed_are_not_returned(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile are negotiating a prisoner swap, Brazil said. Two Peruvian journalists will be on "
                    "their way home once a deal is signed.", published="2024-05-08")
    assert all(not swap["returns"] for swap in exchanges_as_read(facts))


def test_a_mediation_among_someones_efforts_of_something_else_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile exchanged 75 prisoners each on Tuesday, mediated by Brazil. Ecuador recalled its efforts, "
        "which included the mediation of the 2022 fishing deal.", published="2024-05-08"))
    assert swap["mediators"] == {"Brazil"}


def test_a_quote_about_the_person_a_heading_names_is_not_theirs(extract) -> None:  # noqa: ANN001
    facts = extract('Peru and Chile exchanged 75 prisoners each on Tuesday. Among those freed:\nLuis Vega, teacher:\n'
                    '"He was sentenced on fabricated charges and held for two years."', published="2024-05-08")
    assert _speakers_of(facts, "He was sentenced on fabricated charges") == {None}


def test_announcing_something_told_after_it_is_a_statement(extract) -> None:  # noqa: ANN001
    facts = extract("Luis Vega announced something many families had waited for: the return of 75 soldiers.",
                    published="2024-05-08")
    assert _speakers_of(facts, "the return of 75 soldiers") == {"Luis Vega"}


def test_a_surname_label_two_speakers_share_is_nobodys(extract) -> None:  # noqa: ANN001
    facts = extract("Juan Soto was freed on Tuesday in an exchange with Chile. His mother Ana Soto and his father "
                    "Luis Soto spoke to us.\nAna Soto: I saw him on television first.\nLuis Soto: I did not believe it "
                    "until he spoke to me.\nSoto: We are planning a big dinner for all of them.")
    assert _speakers_of(facts, "I saw him on television first") == {"Ana Soto"}
    assert _speakers_of(facts, "We are planning a big dinner") in (set(), {None})


def test_a_heading_line_may_stand_a_blank_line_above_the_quote(extract) -> None:  # noqa: ANN001
    facts = extract('Reactions online\n09:10 — Ana Ruiz (@anaruiz), adviser to the president:\n\n"Another 75 of our '
                    'people are home. We will bring everyone back."')
    assert _speakers_of(facts, "Another 75 of our people are home") == {"Ana Ruiz"}


def test_a_surname_label_of_the_host_is_the_hosts_and_says_nothing(extract) -> None:  # noqa: ANN001
    facts = extract("SARAH BENALI (HOST): Good evening. Peru and Chile swapped prisoners today.\n"
                    "LUIS VEGA: The men are home and they are well, all of them.\n"
                    "BENALI: Now to the Sahel, where the army freed ten soldiers.")
    assert not _speakers_of(facts, "Now to the Sahel") - {None}
    assert _speakers_of(facts, "The men are home") == {"Luis Vega"}


def test_a_bracketed_acronym_after_a_person_or_a_time_zone_names_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("Former President Luis Alberto Vega (LAV) said on Monday that the handover took place at 10:00 "
                    "Greenwich Mean Time (GMT) at the Tacna crossing.", published="2024-05-08")
    bodies = {a.name for a in facts.actors.values() if a.kind == "Organization"}
    assert not bodies & {"Greenwich Mean Time", "President Luis Alberto Vega", "Luis Alberto Vega"}


def test_a_states_body_spelled_out_with_the_states_name_is_no_side_of_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped detainees on Tuesday. Chile Border Guard Police (CBGP) officers were handed over in "
        "exchange for 40 Peruvian fishermen, Lima said.", published="2024-05-08"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_one_who_acted_as_coordinator_of_something_else_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 95 prisoners each on Tuesday. Ana Ruiz, who acted as coordinator of the families' "
        "campaign, said she was overjoyed.", published="2024-05-08"))
    assert swap["mediators"] == set()


def test_a_state_that_says_another_states_leader_mediated_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 95 prisoners each on Tuesday. Bolivia said President Luis Vega had mediated the "
        "exchange.", published="2024-05-08"))
    assert "Bolivia" not in swap["mediators"]


def test_people_exchanged_without_preconditions_are_still_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped prisoners on Tuesday. The 90 Peruvians, exchanged without preconditions for 90 "
        "Chilean soldiers, were taken to hospitals in Tacna.", published="2024-05-08"))
    assert ("Peru", 90) in swap["returns"]


def test_people_who_exchanged_fire_were_not_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Colombia and the ELN exchanged prisoners on Sunday. Two soldiers and three ELN fighters exchanged fire near "
        "the crossing during the handover, killing one.", published="2024-05-08"))
    assert ("Colombia", 2) not in swap["returns"]


def test_announcing_nothing_is_no_statement(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and Chile exchanged prisoners on Tuesday. Santiago announced nothing about the talks.",
                    published="2024-05-08")
    assert not _speakers_of(facts, "nothing about the talks")


def test_how_swaps_are_held_in_general_gives_no_count_to_the_one_told(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile exchanged prisoners on Tuesday, the fifth swap this year. The exchanges, 50 prisoners each, "
        "are held every few weeks.", published="2024-05-08"))
    assert swap["returns"] == set()


def test_a_live_blog_quote_about_someone_else_is_still_the_heading_persons(extract) -> None:  # noqa: ANN001
    facts = extract('Reactions:\nAna Ruiz, wife of a Peruvian sailor\n"He came home thin but alive. I cannot describe '
                    'what I feel."', published="2024-05-08")
    assert _speakers_of(facts, "He came home thin but alive") == {"Ana Ruiz"}


def test_who_brokered_a_swap_with_others_brought_them_in_as_mediators_not_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 12 soldiers each on Monday. The swap was brokered by Oman, with Egypt and the "
        "United States.", published="2024-05-08"))
    assert (swap["parties"], swap["mediators"]) == ({"Peru", "Chile"}, {"Oman", "Egypt", "United States"})


def test_partners_set_off_after_a_mediations_agent_mediated_too(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Under the deal brokered by Peru, with Chile and Bolivia, the ELN freed 12 soldiers on Monday and Colombia "
        "released 30 rebels.", published="2026-03-04"))
    assert (swap["parties"], swap["mediators"]) == ({"National Liberation Army", "Colombia"},
                                                    {"Peru", "Chile", "Bolivia"})


def test_an_armed_group_set_off_after_a_mediations_agent_stays_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Under the deal brokered by Peru, with the ELN, Colombia freed 12 rebels on Monday and got back 30 soldiers.",
        published="2026-03-04"))
    assert (swap["parties"], swap["mediators"]) == ({"National Liberation Army", "Colombia"}, {"Peru"})


def test_a_sentence_that_moves_the_story_to_another_time_starts_another_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On March 3, 2021, Lima handed over the Chilean smuggler Juan Soto for Marta Gil, a Peruvian singer. The "
        "swap took place in Quito.\nThen came the spring of last year. Chile let eleven detainees go, two "
        "students with them. In return Peru and Bolivia sent Chile five men.",
        published="2025-06-27"))
    assert [(s["parties"], s["date"]) for s in swaps] == [({"Peru", "Chile"}, dt.date(2021, 3, 3)),
                                                          ({"Peru", "Chile", "Bolivia"}, None)]


def test_fast_forward_to_a_date_starts_another_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In June 2019 Peru and Chile swapped 20 soldiers each. Fast forward to March 2023. Peru freed 12 Chileans "
        "and Chile released 30 Peruvians.", published="2025-06-27"))
    assert len(swaps) == 2


def test_handing_over_a_named_person_for_another_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru handed over the Chilean smuggler Juan Soto on March 3, 2021, getting back in return for him Marta "
        "Gil, a Peruvian singer jailed in Chile.", published="2025-06-27"))
    assert (swap["parties"], swap["date"], swap["returns"]) == ({"Peru", "Chile"}, dt.date(2021, 3, 3),
                                                                {("Peru", 1), ("Chile", 1)})


def test_a_counted_group_and_the_names_of_its_members_are_counted_once(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile began a new truce on Sunday. On its first day, three young women, Rita Moreno, Elsa Lind "
        "and Tova Berg, were released in exchange for 90 Chilean prisoners, once more through Brazilian "
        "mediation.", published="2025-01-20"))
    assert swap["returns"] == {("Chile", 90), ("Peru", 3)}


def test_one_named_among_a_counted_group_is_neither_a_count_nor_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru freed 300 inmates, among them the Chilean bomb-maker Luis Vega, in return for four Peruvian "
        "soldiers held by the ELN.", published="1985-05-21"))
    assert (swap["parties"], swap["returns"]) == ({"Peru", "National Liberation Army"},
                                                  {("National Liberation Army", 300), ("Peru", 4)})


def test_handing_people_over_for_something_else_is_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Peru handed 40 prisoners to the Red Cross for transfer to Chile.",
                                         published="2025-06-27"))


def test_two_sides_each_letting_a_described_person_go_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Last May Chile let go of the hacker Luis Vega, and Peru released the teacher Juan Soto.",
        published="2025-06-27"))
    assert swap["parties"] == {"Peru", "Chile"} and len(swap["returns"]) == 2


def test_states_saying_their_leaders_mediated_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On March 3, 2021, Peru handed over the Chilean smuggler Juan Soto for Marta Gil, a Peruvian singer jailed "
        "in Chile. In separate statements, Ecuador and Brazil said their leaders had mediated it.",
        published="2025-06-27"))
    assert swap["mediators"] == {"Ecuador", "Brazil"}


def test_mediation_by_two_peoples_named_by_their_adjectives_is_by_both_states(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "May 4, 2021 — The Chilean pilot Juan Soto is traded for the Peruvian diplomat Marta Gil in Quito, with "
        "Emirati and Turkish mediation.", published="2025-06-27"))
    assert swap["mediators"] == {"United Arab Emirates", "Turkey"}


def test_a_side_saying_its_own_service_arranged_the_swap_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On March 3, 2021, Peru handed over the Chilean smuggler Juan Soto for Marta Gil, a Peruvian singer jailed "
        "in Chile. Chile said its leaders had mediated it.", published="2025-06-27"))
    assert swap["mediators"] == set()


def test_the_release_of_nationals_of_the_two_countries_named_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ecuador's foreign ministry said today that its mediation, at the request of Peru and Chile, had won the "
        "release of citizens of the two countries.", published="2023-05-26"))
    assert (swap["parties"], swap["mediators"]) == ({"Peru", "Chile"}, {"Ecuador"})


def test_the_sides_an_exchange_was_carried_out_between_are_its_parties(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Nine sailors held since May are citizens of Spain, Italy and Greece. They went home on Tuesday in a prisoner "
        "exchange carried out between Peru and Chile.", published="2023-05-26"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_a_states_contingent_under_whose_auspices_a_swap_was_made_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The first swap between Peru and Chile took place on 2 May under the auspices of the Brazilian "
        "peacekeeping contingent.", published="2023-06-21"))
    assert swap["mediators"] == {"Brazil"}


def test_people_who_were_exchanged_make_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Families met Peruvian and Chilean conscripts, who were exchanged at dawn yesterday.", published="2023-12-14"))
    assert (swap["parties"], swap["date"]) == ({"Peru", "Chile"}, dt.date(2023, 12, 13))


def test_a_datelines_year_does_not_move_earlier_days_past_publication(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "ASSEMBLY OF NATIONS\nThursday 17 June 2021 at 3 p.m.\nThe ceasefire of 9 November last year has held. "
        "Peru and Chile first swapped prisoners on 2 December.",
        published="2021-06-17"))
    assert swap["date"] == dt.date(2020, 12, 2)


def test_the_first_day_of_a_range_takes_the_year_its_last_day_is_written_with(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Timeline\n12 March – 2 April 1962\nOperation North: Peru and Chile swap 500 Chilean prisoners for 60 "
        "Peruvians.\n29 December – 5 January 1964\nOperation South: 900 Chileans and 300 Peruvians are traded.",
        published="2023-07-27"))
    assert [s["date"] for s in swaps] == [dt.date(1962, 3, 12), dt.date(1963, 12, 29)]


def test_sides_doing_something_after_a_mediations_agent_stay_sides(extract) -> None:  # noqa: ANN001
    for text in ("The swap, mediated by Brazil, with Peru and Chile each handing over 40 prisoners, was the tenth "
                 "of the war.", "The exchange, which was brokered by Brazil, with Peru and Chile as the only "
                 "parties, took place on Friday at the border."):
        [swap] = exchanges_as_read(extract(text, published="2024-06-02"))
        assert (swap["parties"], swap["mediators"]) == ({"Peru", "Chile"}, {"Brazil"}), text


def test_sending_an_official_for_a_meeting_is_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "Lima sent its foreign minister Luis Vega for a meeting with Chilean president Juan Soto in Santiago.",
        published="2024-06-02"))


def test_a_third_states_release_of_nationals_of_the_two_countries_is_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "At the request of Peru and Chile, Ecuador mediated the release of citizens of the two countries held in "
        "Bolivian jails, its foreign ministry said.", published="2024-06-02"))


def test_a_scene_sentence_before_a_call_back_keeps_the_swap_at_hand(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 26 prisoners in Arica on 1 August 2024. Then came 2 August, the morning after. "
        "Brazil's foreign ministry said it had mediated the exchange.", published="2024-08-10"))
    assert (swap["mediators"], swap["date"]) == ({"Brazil"}, dt.date(2024, 8, 1))


def test_a_live_blogs_heading_after_publication_still_gives_its_year(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "LIVE: Andes border\nMonday 18 March 2024\nOn 15 March, Peru and Chile swapped 100 prisoners each.",
        published="2024-03-01"))
    assert swap["date"] == dt.date(2024, 3, 15)


def test_people_freed_before_the_swap_it_comes_after_are_not_its_returns(extract) -> None:  # noqa: ANN001
    for text in ("This swap comes a fortnight after Chile freed two Bolivian students as a goodwill gesture.",
                 "The Ecuadorian mediation comes ten days after Chile freed two Bolivian students, Ana Ruiz and "
                 "Rosa Diaz, for nothing."):
        [swap] = exchanges_as_read(extract("Peru and Chile swapped prisoners on Monday in a deal mediated by "
                                           "Ecuador. " + text, published="2023-05-26"))
        assert swap["returns"] == set(), text


def test_people_freed_after_a_separate_deal_is_told_are_not_the_swaps_at_hand(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile last swapped prisoners on 15 October 2020, when 1,000 detainees were released. That week "
        "a separate deal was also done: the ELN let two Chilean nurses, Ana Ruiz and Rosa Diaz, go.",
        published="2023-04-20"))
    assert [s["returns"] for s in swaps if s["parties"] == {"Peru", "Chile"}] == [set()]


def test_people_traded_for_others_told_as_a_participle_make_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "My brother was among twelve Peruvian police officers traded for fifteen Chilean border guards in May "
        "1994.", published="2021-03-19"))
    assert (swap["parties"], swap["returns"]) == ({"Peru", "Chile"}, {("Peru", 12), ("Chile", 15)})


def test_people_who_came_home_traded_for_others_told_after_a_comma_make_a_swap(extract) -> None:  # noqa: ANN001
    for story in ("Eleven Peruvian sailors held in Chile reached Callao on Sunday, traded for three Chilean pilots "
                  "who had been held in Peru since March.",
                  "Eleven Peruvian sailors held in Chile reached Callao on Sunday, exchanged for three Chilean "
                  "pilots held in Peru."):
        [swap] = exchanges_as_read(extract(story, published="2021-03-19"))
        assert (swap["parties"], swap["returns"]) == ({"Peru", "Chile"}, {("Peru", 11), ("Chile", 3)}), story


def test_two_things_or_two_envoys_swapped_out_are_no_swap_of_people(extract) -> None:  # noqa: ANN001
    for story in ("The flags of Peru and Chile hung side by side. The two were swapped by mistake during the ceremony.",
                  "Peru's envoy Marta Ruiz and Chile's envoy Luis Soto met in Quito. The two were swapped out of the "
                  "delegations a week later."):
        assert exchanges_as_read(extract(story, published="2024-06-21")) == [], story


def test_a_release_the_same_day_by_the_other_side_pays_for_a_homecoming(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "May 26th, 2023. Pablo Ortiz, a Chilean engineer arrested in Lima in 2021, comes home via Quito. The same "
        "day, Chile hands over Juan Rojas, the Peruvian officer serving twenty years for spying.",
        published="2024-06-21"))
    assert (swap["parties"], swap["date"]) == ({"Peru", "Chile"}, dt.date(2023, 5, 26))


def test_a_release_the_same_day_by_another_state_or_of_its_own_is_no_price(extract) -> None:  # noqa: ANN001
    for story in ("On Monday, Peru freed 40 Chilean prisoners. The same day, Bolivia released 12 of its own "
                  "prisoners under an amnesty.",
                  "On Monday, Peru freed 40 Chilean prisoners. The same day, Chile released 12 of its own prisoners "
                  "under an amnesty."):
        assert exchanges_as_read(extract(story, published="2024-06-21")) == [], story
    for story in ("Chile handed 150 Peruvian prisoners of war back to Lima on Thursday. The same day, Peru released "
                  "300 convicts from its prisons so they could join the army.",
                  "Peru said 150 of its soldiers came home from Chilean captivity on Thursday. The same day, Chile "
                  "released a jailed opposition activist from a prison in Arica, his lawyers said.",
                  "Chile freed a Peruvian aid worker on Monday. The same day, Peru released a report criticising "
                  "Chile's treatment of foreigners.",
                  "Chile freed 110 Peruvian prisoners on Thursday. The same day, Chile released a Bolivian "
                  "farmworker from hospital after treatment."):
        assert all(not s["returns"] or len(s["parties"]) < 2 for s in exchanges_as_read(
            extract(story, published="2024-06-21"))), story


def test_the_two_just_named_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Tonight, Marta Ruiz is free. She is on a plane heading home after Peru agreed to release the convicted "
        "Chilean smuggler Luis Soto. The two were swapped this morning on the tarmac in Quito.",
        published="2022-12-08"))
    assert (swap["parties"], swap["date"]) == ({"Peru", "Chile"}, dt.date(2022, 12, 8))


def test_people_traded_for_a_thing_after_a_comma_make_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Eleven Peruvian fishermen were released by Chile on Sunday, traded for a "
                                     "fishing boat seized last year.", published="2021-03-19")) == []


def test_a_meeting_that_exchanged_views_after_a_comma_is_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("The Peruvian and Chilean ministers met in Lima on Sunday, exchanged views on "
                                     "the border and agreed to meet again.", published="2021-03-19")) == []


def test_capitals_a_swap_was_negotiated_between_are_its_sides(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 200 prisoners in Lima today. In April 2022, two pilots were also handed over at a "
        "Lima airport, in a swap negotiated directly between Santiago and Quito.", published="2024-08-01"))
    assert [s["parties"] for s in swaps] == [{"Peru", "Chile"}, {"Chile", "Ecuador"}]


def test_a_swap_told_as_the_first_since_another_time_keeps_its_people(extract) -> None:  # noqa: ANN001
    for text in ("Chile freed 40 ELN fighters on Tuesday in return for 12 soldiers held by the ELN, its first "
                 "large swap since 2023.",
                 "Timeline\n3 January 2024 - After months with no swap, the largest exchange yet: 40 ELN fighters "
                 "went back and 12 Chilean soldiers came home, with Brazil's help."):
        [swap] = exchanges_as_read(extract(text, published="2024-02-01"))
        assert swap["returns"] == {("National Liberation Army", 40), ("Chile", 12)}, text


def test_no_one_known_to_have_been_handed_over_in_return_is_no_payment(extract) -> None:  # noqa: ANN001
    facts = extract("Bolivia freed five Chilean volunteers on Monday. As far as anyone knows, no prisoners "
                    "are known to have been given to Bolivia in return.",
                    published="2022-09-22")
    assert not exchanges_as_read(facts)


def test_a_separate_release_is_its_own_paragraphs_and_opens_no_swap_after_it(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 40 prisoners each last night, in a deal brokered by Brazil.\n"
        "A separate release took place the same night. Five Bolivians held by Chile flew home, and nothing was "
        "given to Chile for them.\nTheir previous swap, on 29 June, returned 60 soldiers to each side.",
        published="2022-09-22"))
    assert [(s["parties"], s["date"]) for s in swaps] == [({"Peru", "Chile"}, dt.date(2022, 9, 21)),
                                                          ({"Peru", "Chile"}, dt.date(2022, 6, 29))]


def test_camps_told_without_a_verb_give_the_sides_of_the_handover_told_next(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "HOST: Good evening. Last Thursday twenty people crossed a bridge near Quito. Peru and Bolivia on "
        "one side of it; Chile, Argentina and Uruguay on the other. Ecuadorian officials ran the exchange.\nGUEST: "
        "Right. Eight people went north, to Peru, and twelve came south.",
        published="2024-08-08"))
    assert (swap["parties"], swap["date"]) == ({"Peru", "Bolivia", "Chile", "Argentina", "Uruguay"},
                                               dt.date(2024, 8, 1))


def test_a_handover_overseen_after_a_one_way_release_is_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "The ELN on Thursday freed the 40 Colombian soldiers it still held, who flew to Cali on Brazilian planes. "
        "Red Cross staff oversaw the handover at the airport.", published="2024-08-08"))


def test_a_handover_someone_will_oversee_has_not_taken_place(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("Peru and Chile agreed on a deal. Brazil will oversee the handover next "
                                         "week.", published="2024-08-08"))


def test_a_one_way_release_asked_for_by_two_states_is_no_swap(extract) -> None:  # noqa: ANN001
    for text in ("At the request of Peru and Bolivia, Chile ordered the release of citizens of the two countries.",
                 "Brazil and Spain welcomed the release of prisoners of both countries by Peru and Chile."):
        swaps = exchanges_as_read(extract(text, published="2024-05-08"))
        assert not [s for s in swaps if s["parties"] in ({"Peru", "Bolivia"}, {"Brazil", "Spain"})], text


def test_people_freed_just_before_a_swap_took_place_are_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The exchange took place after Peru handed over 40 Chilean soldiers and Chile released 42 Peruvians.",
        published="2024-05-08"))
    assert swap["returns"] == {("Chile", 40), ("Peru", 42)}


def test_a_scene_sentence_alone_in_its_paragraph_moves_the_story_on(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 30 prisoners each in March 2023, brokered by Brazil.\nThen came August 2024.\n"
        "At Tacna, Peru freed 12 Chileans and Chile released 15 Peruvians.", published="2025-01-10"))
    assert [s["returns"] for s in swaps] == [{("Peru", 30), ("Chile", 30)}, {("Chile", 12), ("Peru", 15)}]


def test_the_last_night_of_a_festival_is_not_yesterday(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On the last night of the carnival, Peru and Chile swapped 20 prisoners.",
                                       published="2024-05-08"))
    assert swap["date"] != dt.date(2024, 5, 7)


def test_people_counted_in_a_quote_before_are_not_a_dated_swaps_told_next(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 40 prisoners each last night, brokered by Brazil.\n"
        '"Our five volunteers held by militias are being sent home at last," the Bolivian president said.\n'
        "Their previous swap, on 29 June, returned 60 soldiers to each side.",
        published="2022-09-22"))
    assert [s["parties"] for s in swaps] == [{"Peru", "Chile"}, {"Peru", "Chile"}]


def test_the_day_of_a_process_a_swap_is_the_result_of_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile finished swapping prisoners last night, with Brazil mediating. The exchange is the "
        "outcome of talks that President Ana Ruiz began in May, and last held with both leaders in Lima on 16 "
        "September.", published="2022-09-22"))
    assert [s["date"] for s in swaps] == [dt.date(2022, 9, 21)]


def test_the_deal_right_after_a_truce_in_its_paragraph_is_the_truces(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "21:00 — Home at last\nThirteen Chilean fishermen held by Peru since March reached Arica tonight. It was the "
        "first swap of the truce.\n07:00 — Truce begins\nThe truce took effect at dawn. Under the deal brokered by "
        "Brazil, 50 more Chileans held in Peru are to be released by Sunday in exchange for 150 Peruvian prisoners "
        "held by Chile.", published="2024-11-25"))
    assert swap["mediators"] == {"Brazil"}


def test_a_surname_is_called_back_without_its_arabic_article(extract) -> None:  # noqa: ANN001
    facts = extract("Majid al-Hassan, who speaks for the foreign ministry, told reporters the handover was complete. "
                    'Mr Hassan said the ceasefire was "holding" along the border.', published="2024-05-08")
    assert _speakers_of(facts, "holding") == {"Majid al-Hassan"}


def test_she_goes_on_about_whom_the_she_of_the_sentence_before_was(extract) -> None:  # noqa: ANN001
    facts = extract("Marisol Quispe has mediated swaps for twenty years. She points to the swap of the singer Marta "
                    "Gil for the dealer Luis Vega in Quito. Peru and Chile said their leaders had mediated it. "
                    '"People saw a handshake on a bridge and nothing of the months behind it," she says.',
                    published="2024-06-14")
    assert _speakers_of(facts, "People saw a handshake") == {"Marisol Quispe"}


def test_who_a_mediator_worked_with_and_who_freed_people_stays_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Brazil facilitated the swap with the Peruvian government, which freed 10 Chilean soldiers in exchange for "
        "10 Peruvians on Monday.", published="2024-05-08"))
    assert {"Peru", "Chile"} <= swap["parties"]


def test_another_deal_told_after_a_truce_lends_its_mediator_to_no_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "21:00 — Home at last\nThirteen Chilean fishermen held by Peru since March reached Arica tonight. It was the "
        "first swap of the truce.\n07:00 — Truce begins\nThe truce took effect at dawn. Peru's cabinet approved the "
        "gas deal with Bolivia after mediation by Brazil.", published="2024-11-25"))
    assert swap["mediators"] == set()


def test_she_goes_on_about_no_one_across_an_interviews_turns(extract) -> None:  # noqa: ANN001
    facts = extract("Q: Ms Ana Ruiz, when did you last hear from your husband?\nA: In March. She told me he was alive. "
                    "I mean the Red Cross officer, Marta Gil.\nQ: What did she say?\nA: She said he would be on the "
                    "next list.", published="2024-05-08")
    assert _speakers_of(facts, "he would be on the next list") != {"Ana Ruiz"}


def test_mr_and_the_surname_without_its_article_is_the_person(extract) -> None:  # noqa: ANN001
    facts = extract('Majid al-Hassan, the spokesman of the foreign ministry, spoke in Lima. "We are hopeful," Mr '
                    "Hassan told reporters.", published="2024-05-08")
    assert _speakers_of(facts, "We are hopeful") == {"Majid al-Hassan"}


def test_who_it_was_that_brokered_a_swap_mediated_it(extract) -> None:  # noqa: ANN001
    for text, mediators in (
            ("Peru and Chile swapped 40 prisoners on Monday. Behind the scenes, it was Brazil that facilitated "
             "the swap.", {"Brazil"}),
            ("Peru and Chile swapped 40 prisoners on Monday. It was Brazil and Argentina who brokered the deal.",
             {"Brazil", "Argentina"})):
        [swap] = exchanges_as_read(extract(text, published="2024-05-01"))
        assert swap["mediators"] == mediators, text


def test_who_it_was_that_mediated_other_talks_mediated_no_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped 40 prisoners on Monday. It was Brazil that "
                                       "mediated the 2019 talks on fishing, not this swap.", published="2024-05-01"))
    assert swap["mediators"] == set()


def test_a_city_naming_where_a_swap_took_place_is_no_side(extract) -> None:  # noqa: ANN001
    facts = extract("Historians still argue about the Lima swap of 1998, in which ten Chilean agents were "
                    "traded for four men held in Chile.", published="2020-03-14")
    assert not {"Peru", "Lima"} & {a.name for a in facts.actors.values()}
    [swap] = exchanges_as_read(extract("The Lima-Santiago swap freed 90 soldiers on each side.",
                                       published="2020-03-14"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_the_guarantors_of_talks_named_by_a_city_are_not_its_state(extract) -> None:  # noqa: ANN001
    facts = extract("Envoys of the Brasilia guarantors met on Monday; 20 detainees had been exchanged by Ecuador "
                    "and Colombia, they said.", published="2020-03-14")
    assert "Brazil" not in {a.name for a in facts.actors.values()}


def test_an_outlet_signing_off_a_story_is_no_side_and_a_home_come_back_to_is(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Luis Soto, a corporal from Tumbes, is back in Peru after eight months as a prisoner of Chile. Chile "
        "received 270 of its own soldiers on Saturday in the exchange, which the ministry said Brazil had "
        "mediated.\nTumbes Herald", published="2025-04-21"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_the_day_of_the_statement_a_swap_was_made_under_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "ARIA LANE: Thank you. On 14 May, through the command of the Brazilian peacekeepers, the first exchange under "
        "point eight of the joint statement of 9 April took place. Forty-four of our compatriots were returned to "
        "Peru. Twelve Chilean servicemen were handed over to the Chilean side.\nCHAIR: Thank you.",
        published="2024-06-01"))
    assert swap["date"] == dt.date(2024, 5, 14)


def test_the_trade_that_wasnt_is_none(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In October 2022, Peru and Chile carried out an exchange: seven Peruvians for two Chileans.\n"
        "Lima, 1985: the trade that wasn't\n"
        "Not every siege ended in a trade. In February 1985, guerrillas seized an embassy in Lima and demanded the "
        "release of 300 comrades. The siege ended after 61 days without any prisoner being freed.",
        published="2024-09-04"))
    assert [s["returns"] for s in swaps] == [{("Peru", 7), ("Chile", 2)}]


def test_a_state_told_helping_with_something_else_is_no_side_of_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "HOST: Last Friday twelve civilians came home. What happened exactly?\n"
        "LIS: On 22 November we brought back twelve civilians. In return, nine Chilean civilians, residents of "
        "Arica who wanted to go back, were returned to Chile.\nHOST: What about the children?\n"
        "LIS: Brazil works on the return of children. Brazil helps to identify the children and to verify their "
        "families. Recently, with Brazilian help, several more children came back to Peru.", published="2024-11-29"))
    assert swap["parties"] == {"Peru", "Chile"}


def test_the_holy_see_is_no_side_of_a_swap_told_near_it(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On Friday twelve civilians came home. In return, nine Russian civilians were returned to Russia. The "
        "Vatican has long pushed for such releases, and the Vatican envoy visited Moscow twice this year.",
        published="2024-11-29"))
    assert all("Holy See" not in swap["parties"] for swap in swaps)


def test_a_radio_station_or_a_messaging_app_is_no_side(extract) -> None:  # noqa: ANN001
    for story in ("RADIO TORVANIA INTERNATIONAL — MORNING NEWS\nPRESENTER: Forty soldiers are home this morning after "
                  "the government and the Northern Liberation Front swapped prisoners on Saturday. The Front freed "
                  "forty soldiers, and the government released fifty-two fighters. Ana Kovac, Radio Torvania "
                  "International, at the bridge.",
                  "Forty soldiers are home this morning after the government and the Northern Liberation Front "
                  "swapped prisoners on Saturday. The Front freed forty soldiers, and the government released "
                  "fifty-two fighters. In a statement on its Telegram channel, the Front called the exchange a "
                  "victory."):
        sides = {side for swap in exchanges_as_read(extract(story, published="2024-09-08")) for side in swap["parties"]}
        assert not sides & {"Radio Torvania International", "Telegram"}, story


def test_the_language_a_story_was_first_published_in_names_no_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "This article was first published in Spanish. On Sunday, the government and the Northern Liberation "
        "Front swapped prisoners: the Front freed 40 soldiers, and the government released 52 fighters.",
        published="2024-09-08"))
    assert all("Spain" not in swap["parties"] for swap in swaps)


def test_a_swap_in_general_set_against_a_release_is_none(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(
        "Unlike a swap for Chilean prisoners, which Santiago has rejected, a unilateral release of the Peruvian "
        "children is possible, officials said.", published="2025-05-07")) == []


def test_a_swap_set_against_a_clause_that_denies_something_else_was_made(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "No third country was involved, in contrast with the last comparable swap, in May 2019, when Brazilian "
        "diplomats arranged the return of 44 Peruvians and 12 Chileans.", published="2024-09-08"))
    assert (swap["parties"], swap["returns"]) == ({"Peru", "Chile"}, {("Peru", 44), ("Chile", 12)})


def test_a_day_the_ner_takes_for_an_events_name_still_dates_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "My cousin came home in a prisoner exchange.\nHe was freed on 9 November in an exchange between the "
        "government of Peru and the Shining Path.", published="2023-11-20"))
    assert swap["date"] == dt.date(2023, 11, 9)


def test_a_numbered_unit_of_an_army_is_no_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Her grandson, Private Luis Soto of the 22nd Mechanised Brigade, was captured near Tacna last year. On "
        "Friday he was one of 64 servicemen handed back by Chile at the bridge. Seventy Chilean prisoners went home "
        "across the same bridge. The swap was arranged through Brazil.", published="2024-04-03"))
    assert all("22nd Mechanised Brigade" not in swap["parties"] for swap in swaps)


def test_a_swap_told_in_two_joined_clauses_under_when_takes_the_day_before_when(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Peru and Chile swapped 200 prisoners on Thursday, mediated by Brazil. On Flag Day, 7 June, when 60 of "
        "the Peruvians came back and the Chileans got 60 in return, few of them had been held for long.",
        published="2025-10-04"))
    assert [(s["date"], s["returns"]) for s in swaps] == [
        (dt.date(2025, 10, 2), set()), (dt.date(2025, 6, 7), {("Peru", 60), ("Chile", 60)})]


def test_a_lawyer_of_a_sides_capital_who_brokered_a_trade_mediated_it(extract) -> None:  # noqa: ANN001
    facts = extract("Tomas Reyes, the Lima lawyer who arranged many prisoner trades between Peru and Chile, died "
                    "on Thursday. In March 1986 a further trade, which Reyes brokered, saw three men flown to the "
                    "Peruvians while five Chilean agents travelled the other way.", published="2008-08-23")
    assert {a.role for a in facts.actors.values() if a.name == "Tomas Reyes"} == {"Lima lawyer"}
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Tomas Reyes"}


def test_people_handed_or_gone_to_a_people_named_in_the_plural_go_to_its_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped prisoners on Monday. Six detainees held in Peru were "
                                       "handed to the Chileans in return for 31 prisoners.", published="2008-08-23"))
    assert ("Chile", 6) in swap["returns"]
    [swap] = exchanges_as_read(extract("Peru and Chile swapped prisoners on Monday. Two prisoners were sent to "
                                       "the Peruvians, and eight Chilean sailors went the other way.",
                                       published="2008-08-23"))
    assert ("Peru", 2) in swap["returns"]


def test_well_known_armed_groups_are_found_by_their_short_names(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The LNA freed 12 fighters on Tuesday and the PMF released 18 in return.",
                                       published="2021-02-10"))
    assert swap["parties"] == {"Libyan National Army", "Popular Mobilization Forces"}


def test_the_seat_of_a_government_naming_a_swap_is_that_government(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Kremlin prisoner exchange with Washington freed two Americans and 15 "
                                       "others on Thursday.", published="2024-05-08"))
    assert swap["parties"] == {"Russia", "United States"}


def test_a_lawyer_for_a_side_mediates_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile exchanged five prisoners each on Monday, in a deal arranged by Juan Lopez, a Lima lawyer "
        "for the Peruvian government.", published="2024-05-08"))
    assert swap["mediators"] == set()


def test_one_of_a_counted_group_is_no_group_of_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ana Ruiz, a reporter held for three years, is back in Lima: she was one of 157 Peruvians freed on "
        "Saturday in a prisoner exchange with Chile.", published="2026-03-09"))
    assert swap["returns"] == {("Peru", 157)}


def test_thanks_to_mediation_by_two_states_hung_on_the_verb_credits_both(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 130 prisoners each on Tuesday. According to officials, the exchange went ahead "
        "thanks to mediation by Qatar and Türkiye.", published="2026-01-02"))
    assert swap["mediators"] == {"Qatar", "Turkey"}


def test_a_day_with_an_abbreviated_month_the_ner_misses_is_a_date(extract) -> None:  # noqa: ANN001
    for text, day in (("On 14 Sep, Peru and Chile swapped 40 prisoners.", dt.date(2024, 9, 14)),
                      ("On 18 Oct. 2023, Peru and Chile swapped 40 prisoners.", dt.date(2023, 10, 18))):
        [swap] = exchanges_as_read(extract(text, published="2024-12-31"))
        assert swap["date"] == day, text


def test_a_number_before_may_the_verb_is_no_date(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Officials said 2 may follow. Peru and Chile swapped 40 prisoners on "
                                       "Monday.", published="2024-12-31"))
    assert swap["date"] == dt.date(2024, 12, 30)


def test_mediation_by_a_state_told_after_through_mediation_credits_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ecuador and Colombia traded 18 detainees on Sunday. The trade was agreed through mediation by the Kingdom "
        "of Spain and the United States.", published="2025-03-04"))
    assert swap["mediators"] == {"Spain", "United States"}


def test_states_that_helped_broker_a_swap_without_to_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In an exchange that Ghana and Senegal helped broker, Mali got back 25 soldiers on Thursday while Niger "
        "received nine.", published="2025-03-04"))
    assert swap["mediators"] == {"Ghana", "Senegal"}


def test_a_state_that_helped_broker_a_deal_without_that_or_to_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Bolivia and Paraguay swapped eleven jailed fishermen on Friday, in a deal Uruguay helped broker.",
        published="2025-03-04"))
    assert swap["mediators"] == {"Uruguay"}


@pytest.mark.parametrize("sentence", [
    "The mediators, Kenya and Ghana, said the handover went smoothly.",
    "Kenya and Ghana, the two mediators, called it a good day.",
    "The intermediaries, Kenya and Ghana, welcomed it.",
])
def test_states_named_in_apposition_to_the_mediators_mediated(extract, sentence: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        f"Chad and Sudan swapped 30 detained soldiers for 12 officers on Monday. {sentence}", published="2025-03-04"))
    assert swap["mediators"] == {"Kenya", "Ghana"}


def test_the_mediator_set_off_by_commas_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 30 detained soldiers for 12 officers on Monday. The mediator, Kenya, said "
        "the handover went smoothly.", published="2025-03-04"))
    assert swap["mediators"] == {"Kenya"}


def test_a_mediator_of_earlier_talks_not_involved_did_not_mediate(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 30 detained soldiers for 12 officers on Monday. Kenya, the mediator in "
        "earlier rounds of talks, was not involved this time.", published="2025-03-04"))
    assert swap["mediators"] == set()


def test_a_deal_credited_to_a_states_leadership_was_mediated_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Two years ago an Ecuadorian diplomat was traded for a Colombian smuggler, in an exchange credited to the "
        "leadership of Spain and the Kingdom of Morocco.", published="2025-03-04"))
    assert swap["mediators"] == {"Spain", "Morocco"}


def test_a_deal_negotiated_through_a_state_was_mediated_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The accord, negotiated through Switzerland, freed three Ecuadorians held in Colombia in exchange for a "
        "Colombian pilot on Sunday.", published="2025-03-04"))
    assert swap["mediators"] == {"Switzerland"}


def test_the_efforts_of_a_people_credit_its_state_but_not_residents_or_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ecuador and Colombia traded four prisoners each on Sunday. It came about thanks to the efforts of the "
        "Spaniards and the Moroccans.", published="2025-03-04"))
    assert swap["mediators"] == {"Spain", "Morocco"}
    for text in ("Thanks to the efforts of Colombians living in Madrid, the swap of a Colombian for an Ecuadorian "
                 "took place on Sunday in Quito.",
                 "Thanks to the efforts of the Colombians, 40 Ecuadorian soldiers were returned in a swap on Sunday, "
                 "and Bogota received 40 of its own."):
        [swap] = exchanges_as_read(extract(text, published="2025-03-04"))
        assert (swap["parties"], swap["mediators"]) == ({"Colombia", "Ecuador"}, set()), text


def test_a_sides_own_envoy_credited_with_the_deal_takes_no_side_away(extract) -> None:  # noqa: ANN001
    for verb in ("brokered by", "credited to"):
        [swap] = exchanges_as_read(extract(
            f"Ecuador and Colombia traded nine fishermen on Sunday, in a deal {verb} Rosa Mena, the Colombian "
            "envoy for detained citizens.", published="2025-03-04"))
        assert (swap["parties"], swap["mediators"]) == ({"Colombia", "Ecuador"}, set()), verb


def test_who_people_were_handed_over_to_in_a_swap_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ecuador handed a Colombian colonel over to Colombia in a swap on Sunday.",
                                       published="2025-03-04"))
    assert swap["parties"] == {"Colombia", "Ecuador"}


def test_a_peoples_adjective_before_side_is_no_organization(extract) -> None:  # noqa: ANN001
    facts = extract("Sri Lanka's government and the Liberation Tigers of Tamil Eelam freed each other's prisoners on "
                    "Monday. The Tamil side handed over 60 soldiers.", published="2004-03-02")
    assert "Tamil" not in {a.name for a in facts.actors.values()}
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Government of Sri Lanka", "Liberation Tigers of Tamil Eelam"}


def test_releasing_people_held_by_each_other_is_a_swap(extract) -> None:  # noqa: ANN001
    for text in ("Kenya and Somalia released detainees held by each other on Monday.",
                 "Kenya and Somalia freed each other's prisoners on Monday.",
                 "Talks between Kenya and Somalia led on Monday to the release of prisoners held by each side."):
        [swap] = exchanges_as_read(extract(text, published="2024-03-02"))
        assert swap["parties"] == {"Kenya", "Somalia"}, text
    assert exchanges_as_read(extract("For decades the priest persuaded Kenya and Somalia to hand back each other's "
                                     "captives.", published="2024-03-02")) == []


def test_a_swap_told_as_many_for_as_many_in_words_or_with_a_noun_counts_each_side(extract) -> None:  # noqa: ANN001
    for text in ("In March, tribal elders arranged a seven-for-seven exchange between Kenya and Somalia.",
                 "Her cousin came home in March in a swap of 64 soldiers for 64 between Kenya and Somalia."):
        [swap] = exchanges_as_read(extract(text, published="2024-06-20"))
        count = 7 if "seven" in text else 64
        assert swap["returns"] == {("Kenya", count), ("Somalia", count)}, text


def test_who_went_for_whom_told_after_the_day_are_the_returns(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya and Somalia traded prisoners again on Friday, 31 Kenyans for 44 "
                                       "Somalis.", published="2024-06-20"))
    assert swap["returns"] == {("Kenya", 31), ("Somalia", 44)}


def test_sahel_armed_groups_are_known_by_their_acronyms(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In late March, four Malian soldiers were traded for six FLA fighters "
                                       "near Kidal.", published="2025-06-20"))
    assert swap["returns"] == {("Mali", 4), ("Azawad Liberation Front", 6)}


def test_a_press_freedom_group_named_in_full_is_one_organization(extract) -> None:  # noqa: ANN001
    facts = extract('Reporters Without Borders, which had campaigned for the editor for a year, called his release "a '
                    'long overdue act of justice".', published="2025-02-21")
    assert _speakers_of(facts, "a long overdue act of justice") == {"Reporters Without Borders"}


def test_near_misses_of_this_sessions_rules_change_nothing(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Kenya and Somalia routinely release fishermen held by each other, and on Monday "
                                     "Somalia freed 22 Kenyan fishermen.", published="2025-06-10")) == []
    [swap] = exchanges_as_read(extract("Kenya and Somalia exchanged prisoners on Monday, the first since a swap of 90 "
                                       "soldiers for 90 in March.", published="2025-06-10"))
    assert swap["returns"] == set()
    [swap] = exchanges_as_read(extract("The swap was credited to the Kenyan side's patience, the minister said, after "
                                       "Kenya and Somalia traded 40 soldiers each.", published="2025-06-10"))
    assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, set())
    [swap] = exchanges_as_read(extract("Kenya and Somalia exchanged 150 prisoners each on Friday, a deal credited to "
                                       "Somalia and Qatar by Western diplomats.", published="2025-06-10"))
    assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, {"Qatar"})
    assert speaker_turns("The first phase (Phase One): captives are freed.\nThe second phase (Phase Two): the "
                         "rest follow.") == []


def test_a_fact_box_lists_swaps_told_by_their_numbers_alone(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "FACT BOX: the year's swaps\nThe box lists the exchanges of prisoners between Kenya and Somalia in 2024.\n"
        "\u2022 12 Feb \u2014 64 Kenyans home; 58 Somalis returned. Mediator: Qatar.\n"
        "\u2022 3 Apr. 40 for 40, after talks in Doha. Mediator: Qatar.\n"
        "\u2022 9 June (Eid al-Adha) \u2014 25 each. Brokered by the Qataris.\n"
        "\u2022 1 Sep \u2014 30 Kenyans and 30 Somalis.\n"
        "TOTALS\n\u2022 Hundreds remain held on both sides.", published="2025-01-02"))
    assert [(s["date"], s["returns"], s["mediators"]) for s in swaps] == [
        (dt.date(2024, 2, 12), {("Kenya", 64), ("Somalia", 58)}, {"Qatar"}),
        (dt.date(2024, 4, 3), {("Kenya", 40), ("Somalia", 40)}, {"Qatar"}),
        (dt.date(2024, 6, 9), {("Kenya", 25), ("Somalia", 25)}, {"Qatar"}),
        (dt.date(2024, 9, 1), {("Kenya", 30), ("Somalia", 30)}, set()),
    ]
    assert all(s["parties"] == {"Kenya", "Somalia"} for s in swaps)


def test_who_condemns_a_swap_is_no_side_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("Amnesty International and Human Rights Watch condemned the exchange of prisoners between Kenya "
                    "and Somalia on Friday.", published="2025-06-10")
    assert {"Amnesty International", "Human Rights Watch"} <= {a.name for a in facts.actors.values()}
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Kenya", "Somalia"}


def test_a_swap_credited_to_a_state_named_alone_was_mediated_by_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The exchange of 120 prisoners between Kenya and Somalia on Friday was "
                                       "credited to Qatar.", published="2025-06-10"))
    assert swap["mediators"] == {"Qatar"}


def test_a_named_groups_forces_and_government_troops_are_the_two_sides(extract) -> None:  # noqa: ANN001
    for text in ("The Houthis and government forces swapped 60 prisoners each on Friday.",
                 "The Houthis welcomed the deal.\nHouthi fighters and government troops swapped 60 prisoners each on "
                 "Friday."):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert swap["returns"] == {("Houthis", 60), ("Government of Yemen", 60)}, text


def test_a_timeline_entry_that_says_it_was_no_swap_is_none(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Timeline: key exchanges between Kenya and Somalia\n"
        "3 May 2015 - Kenya handed over 30 Somali fishermen in exchange for 12 Kenyans freed in Kismayo.\n"
        "8 June 2018 - Somalia freed 40 Kenyan herders. Kenya released 11 Somali traders in July. Both capitals "
        "called them separate gestures, not an exchange.", published="2025-01-02"))
    assert [s["date"] for s in swaps] == [dt.date(2015, 5, 3)]


def test_list_entries_of_other_deeds_or_other_exchanges_are_no_swaps(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Prisoner swaps since 2022:\n\u2022 12 Feb \u2014 60 Kenyans and 60 Somalis.\n"
        "\u2022 13 Feb \u2014 14 Kenyan and 9 Somali drones downed.\n"
        "\u2022 14 Feb \u2014 7 Kenyans and 3 Somalis killed.",
        published="2025-06-10"))
    assert [s["date"] for s in swaps] == [dt.date(2025, 2, 12)]
    for text in ("Student exchanges this year\n\u2022 2 Feb \u2014 30 Kenyans and 30 Ghanaians begin courses.\n"
                 "\u2022 9 Mar \u2014 20 each.",
                 "The exchanges of fire in 2024:\n\u2022 4 May \u2014 12 Kenyans and 9 Somalis killed.\n"
                 "\u2022 9 May \u2014 5 each, the army says."):
        assert exchanges_as_read(extract(text, published="2025-06-10")) == [], text


def test_credit_for_another_deal_or_to_a_sides_own_effort_names_no_mediator(extract) -> None:  # noqa: ANN001
    for text in ("Kenya and Somalia swapped 95 prisoners each on Friday, months after the grain deal credited to "
                 "Turkey collapsed.",
                 "The swap, credited to Nairobi's persistence, saw 150 Kenyans and 150 Somalis return home on Friday."):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, set()), text
    [swap] = exchanges_as_read(extract("Somalia freed 40 Kenyans on Monday. Kenya released 40 Somalis on Tuesday. "
                                       "Nairobi said it was not a swap of equals but welcomed the move.",
                                       published="2025-06-10"))
    assert swap["parties"] == {"Kenya", "Somalia"}


def test_a_side_that_traded_its_own_citizens_for_others_got_its_own_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In May 2019 Kenya exchanged four of its citizens for seven Somalis.",
                                       published="2024-06-20"))
    assert swap["returns"] == {("Kenya", 4), ("Somalia", 7)}


def test_a_swap_that_collapsed_or_is_off_the_table_did_not_happen(extract) -> None:  # noqa: ANN001
    for text in ("The prisoner exchange between Kenya and Somalia collapsed at the last minute on Monday.",
                 "A prisoner exchange between Kenya and al-Shabaab is off the table for now, officials said.",
                 "The prisoner swap between Kenya and Somalia broke down on Monday over the lists."):
        assert exchanges_as_read(extract(text, published="2025-06-10")) == [], text


def test_who_played_a_role_in_the_swap_mediated_it_unless_a_side(extract) -> None:  # noqa: ANN001
    for text, mediators in (
            ("Kenya and Somalia swapped 40 prisoners each on Monday. Qatar played a key role in the exchange.",
             {"Qatar"}),
            ("Kenya and Somalia swapped 40 prisoners each on Monday, an exchange in which Qatar played a central "
             "role.", {"Qatar"}),
            ("Kenya and Somalia swapped 40 prisoners each on Monday. Qatar played no role in the exchange.", set()),
            ("Kenya and Somalia swapped 40 prisoners each on Monday, and Kenya played a key role in the exchange.",
             set())):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, mediators), text


def test_who_is_thanked_for_a_role_in_the_swap_or_its_release_mediated_it(extract) -> None:  # noqa: ANN001
    swap_told = "Kenya and Somalia swapped 40 prisoners each on Monday. "
    for text, mediators in (
            (swap_told + "Kenya's president thanked Qatar for its role in the exchange.", {"Qatar"}),
            (swap_told + "The president voiced his gratitude to the Norwegian government and the International "
             "Committee of the Red Cross for their roles in securing the captives' release.",
             {"Norway", "International Committee of the Red Cross"}),
            (swap_told + "Kenya's president thanked Qatar for its role in facilitating this agreement.", {"Qatar"}),
            (swap_told + 'Kenya\'s president thanked Qatar for "its tireless role" in bringing about the swap.',
             {"Qatar"}),
            (swap_told + "Kenya's president thanked Qatar for its role in the talks.", set()),
            (swap_told + "Kenya's president thanked Qatar for its role in the release of a nurse last year.", set()),
            (swap_told + "Kenya's president thanked the National Intelligence Service for its role in the exchange.",
             set()),
            (swap_told + "Kenya's president thanked Somalia and the Red Cross for their role in the exchange.",
             {"International Committee of the Red Cross"}),
            (swap_told + "Kenya's president thanked Qatar for its role in the exchange of bodies in March.", set())):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, mediators), text


def test_the_leaders_of_states_who_played_the_role_of_mediators_make_their_states_mediators(extract) -> None:  # noqa: ANN001, E501
    text = ("Kenya and Somalia swapped 40 prisoners each on Monday. The leaders of Norway and Ghana, Prime Minister "
            "Jonas Gahr Store and President John Mahama, played the role of mediators, a joint statement said.")
    [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
    assert (swap["parties"], {"Norway", "Ghana"} <= swap["mediators"]) == ({"Kenya", "Somalia"}, True)


def test_those_helping_beside_the_go_between_and_a_states_brothers_mediated(extract) -> None:  # noqa: ANN001
    swap_told = "Kenya and Somalia swapped 40 prisoners each on Monday. "
    for text, mediators in (
            (swap_told + "Qatar was the main go-between, with Oman and Norway also helping.",
             {"Qatar", "Oman", "Norway"}),
            (swap_told + "Norway helped arrange the handover.", {"Norway"}),
            (swap_told + "The ministry thanks our brothers in Egypt and Qatar, who worked day and night as "
             "mediators.", {"Egypt", "Qatar"}),
            (swap_told.replace(". ", ", with the army helping."), set())):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, mediators), text


def test_a_swap_through_a_third_states_peacekeepers_was_mediated_by_that_state(extract) -> None:  # noqa: ANN001
    for text, mediators in (
            ("On 3 May Kenya and Somalia exchanged prisoners through the Turkish peacekeepers.", {"Turkey"}),
            ("On 3 May Kenya and Somalia exchanged prisoners through Egyptian diplomats.", {"Egypt"}),
            ("On 3 May Kenya and Somalia exchanged prisoners through Somali diplomats.", set()),
            ("On 3 May Kenya and Somalia exchanged prisoners through Turkey.", set())):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, mediators), text


def test_who_coordinated_the_swaps_operation_mediated_it(extract) -> None:  # noqa: ANN001
    swap_told = "On 3 May Kenya and Somalia swapped 40 prisoners each at Mogadishu airport"
    for text, mediators in (
            (swap_told + " in an operation coordinated by Turkey.", {"Turkey"}),
            (swap_told + " in an operation coordinated by Turkey's MIT.", {"MIT", "Turkey"}),
            (swap_told + ", days after a rescue operation coordinated by Turkey.", set()),
            (swap_told + ". The military operation was overseen by Turkey.", set()),
            (swap_told + ". Earlier, 300 civilians were evacuated in an operation coordinated by Turkey.", set()),
            (swap_told + " in an operation coordinated by Kenya's intelligence service.", set())):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert (swap["parties"], swap["mediators"]) == ({"Kenya", "Somalia"}, mediators), text


def test_an_armed_group_named_more_than_its_country_speaks_for_its_people_held_abroad(extract) -> None:  # noqa: ANN001
    text = ("Hezbollah said on Thursday it was ready for another prisoner deal with Israel, and Lebanon's president "
            "agreed. Israel has traded with Hezbollah before. In 2004 Israel freed 30 Lebanese detainees in exchange "
            "for a kidnapped colonel, in a swap mediated by Germany. Hezbollah officials hailed that deal, and "
            "Hezbollah's leader thanked Berlin.")
    [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
    assert swap["parties"] == {"Hezbollah", "Israel"} and swap["returns"] == {("Hezbollah", 30)}


def test_a_state_named_as_a_side_or_at_war_with_its_armed_group_stays_a_side(extract) -> None:  # noqa: ANN001
    for text, parties in (
            ("Venezuela freed nine Colombian soldiers on Monday in exchange for four Venezuelan guardsmen. The ELN "
             "had seized the soldiers in March, and ELN commanders kept them for weeks before the ELN gave them up.",
             {"Colombia", "Venezuela"}),  # soldiers are their state's
            ("Israel freed 12 Lebanese fishermen on Monday in exchange for a hiker, Lebanon's army said. Hezbollah "
             "officials and Hezbollah's leader did not comment.", {"Israel", "Lebanon"}),  # the state tells of it
            ("Israel freed 12 Lebanese fishermen on Monday in exchange for a hiker. Lebanon thanked Cyprus. "
             "Hezbollah had no part in it, Hezbollah officials said, and Hezbollah's leader agreed.",
             {"Israel", "Lebanon"}),  # the group took no part
            ("Turkey handed 12 Syrians to the Syrian government on Monday in exchange for three Turkish drivers. HTS "
             "fighters escorted the convoy, and HTS officials watched, HTS said.", {"Syria", "Turkey"}),
            ("Russia and Ukraine swapped 90 prisoners each on Friday, the Azov regiment said. Azov fighters were "
             "among those freed, Azov said, and the Azov brigade thanked the UAE.", {"Russia", "Ukraine"}),
            ("The ELN freed six Colombian soldiers on Monday and the Colombian government freed four ELN fighters "
             "in a swap. The ELN said the ELN would free more.",
             {"Government of Colombia", "National Liberation Army"})):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert swap["parties"] == parties, text


def test_as_many_each_way_hung_on_the_day_by_the_parser_is_still_each_sides_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya and Somalia exchanged 20 prisoners each today.", published="2025-06-10"))
    assert swap["returns"] == {("Kenya", 20), ("Somalia", 20)}


def test_the_islamic_emirate_is_the_taliban(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Islamic Emirate swapped a kidnapped engineer for a tribal elder held by "
                                       "the United States on Monday.", published="2025-06-10"))
    assert swap["parties"] == {"Taliban", "United States"}


def test_the_leaders_or_governments_of_two_states_mediated_for_both(extract) -> None:  # noqa: ANN001
    for text in ("Kenya and Somalia swapped two prisoners on Thursday. The leaders of Qatar and Oman were credited "
                 "with mediating the deal.",
                 "Kenya and Somalia swapped two prisoners on Thursday. The governments of Qatar and Oman mediated it."):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert swap["mediators"] == {"Qatar", "Oman"}, text


def test_a_release_for_a_sign_of_life_a_mechanism_for_swaps_and_a_release_dated_by_a_swap_are_no_swaps(
        extract) -> None:  # noqa: ANN001
    for text in ("In 2009 Kenya freed 20 Somali women prisoners in return for a video showing that the pilot was "
                 "alive.",
                 "Envoys of Kenya and al-Shabaab signed an accord in Doha creating a mechanism for the release and "
                 "swap of prisoners.",
                 "Kenya frees two Britons and a Somali with Qatari help, a week after Ethiopian swap"):
        assert exchanges_as_read(extract(text, published="2025-06-10")) == [], text


def test_a_swap_told_after_a_release_in_its_own_words_is_still_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya freed 20 Somalis on Monday, after a swap in which Somalia freed ten "
                                       "Kenyans.", published="2025-06-10"))
    assert swap["parties"] == {"Kenya", "Somalia"}


def test_an_aid_worker_traded_for_a_diplomat_is_a_swap_of_people(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In May Kenya returned a Somali diplomat in exchange for the Kenyan aid worker "
                                       "Ana Lobo.", published="2025-06-10"))
    assert swap["parties"] == {"Kenya", "Somalia"}


def test_a_swap_a_frame_told_as_done_or_a_release_right_after_a_swap_are_still_swaps(extract) -> None:  # noqa: ANN001
    for text in ("Kenya and Somalia implemented the agreement on the exchange of prisoners on Sunday, releasing 60 "
                 "captives each.",
                 "Kenya's president credited the Doha talks for the exchange of 40 Kenyan and 40 Somali prisoners on "
                 "Friday.",
                 "Somalia frees 30 Kenyan soldiers after swap",
                 "Qatar praised the two committees for the exchange of 90 prisoners between Kenya and Somalia on "
                 "Sunday."):
        assert exchanges_as_read(extract(text, published="2025-06-10")), text


def test_a_release_some_time_after_a_swap_is_no_part_of_it(extract) -> None:  # noqa: ANN001
    for text in ("Somalia freed three more Kenyan fishermen on Friday, two days after the swap.",
                 "Since the exchange, Somalia has freed two Kenyan reporters, the ministry said."):
        swaps = exchanges_as_read(extract(text, published="2025-06-10"))
        assert all(not swap["returns"] for swap in swaps), text


def test_the_sides_own_leaders_negotiating_or_supporting_mediate_nothing(extract) -> None:  # noqa: ANN001
    for text in ("The swap, negotiated by the leaders of Kenya and Somalia, saw Somalia free a pilot in return for a "
                 "Somali trader.",
                 "With the support of the governments of Kenya and Somalia, the Red Cross facilitated the swap of five "
                 "detainees each on Monday."):
        [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
        assert swap["parties"] == {"Kenya", "Somalia"} and not swap["mediators"] & {"Kenya", "Somalia"}, text


def test_leaders_thanked_for_mediating_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya and Somalia swapped 40 prisoners each; Kenya's president thanked the "
                                       "leaders of Qatar and Oman for mediating.", published="2025-06-10"))
    assert swap["mediators"] == {"Qatar", "Oman"}


def test_the_army_a_story_names_is_the_side_of_its_war_with_a_group_of_its_own_state(extract) -> None:  # noqa: ANN001
    text = ("KADUGLI - Twelve members of the army and nine fighters of the Rapid Support Forces returned home on "
            "Monday after local elders talked the two warring parties into trading their captives. Of the twelve "
            "returned to the government side, nine were serving soldiers of the Sudanese Armed Forces and three were "
            "police officers.")
    [swap] = exchanges_as_read(extract(text, published="2025-06-10"))
    assert swap["parties"] == {"Sudanese Armed Forces", "Rapid Support Forces"}
    assert swap["returns"] == {("Sudanese Armed Forces", 12), ("Rapid Support Forces", 9)}


def test_a_letters_page_gives_each_letter_to_the_reader_who_signs_it(extract) -> None:  # noqa: ANN001
    text = ("LETTERS TO THE EDITOR\nA swap we should not celebrate\n"
            "Trading a convicted smuggler for a tourist rewards hostage-taking. Kenya will pay.\n"
            "Dr Ana Lobo, Mombasa\nThe families deserve thanks\n"
            "Without the families' campaign, nobody in Nairobi would have moved at all.\n"
            "The Rev. Tom Waweru, Nakuru")
    assert said(extract(text, published="2025-06-10")) >= {
        ("Ana Lobo", "Trading a convicted smuggler for a tourist rewards hostage-taking. Kenya will pay"),
        ("Tom Waweru", "Without the families' campaign, nobody in Nairobi would have moved at all")}


def test_an_articles_closing_credit_signs_no_letter() -> None:
    text = "Kenya and Somalia swapped prisoners on Monday.\nThe talks took a year.\nAna Lobo, Mombasa"
    assert signed_letters(text) == []


def test_a_story_about_letters_or_a_page_headed_letters_with_one_credit_prints_no_letter() -> None:
    for text in ("Letters between the two presidents were exchanged on Monday.\nKenya and Somalia swapped 40 "
                 "prisoners each.\nAna Lobo, Mombasa",
                 "Letters\nKenya and Somalia swapped 40 prisoners each on Monday, officials said.\nAna Lobo, Mombasa"):
        assert signed_letters(text) == [], text


def test_a_frame_not_carried_out_or_for_a_swap_to_come_frames_no_swap(extract) -> None:  # noqa: ANN001
    for text in ("Nairobi accused Mogadishu of failing to implement the agreement on the swap of 200 prisoners.",
                 "Qatar praised the agreement on the exchange of 1,000 prisoners between Kenya and Somalia, under "
                 "which the swap will take place next week.",
                 "Kenya and Somalia completed the lists for the exchange of 100 prisoners each, which is expected "
                 "next week."):
        assert exchanges_as_read(extract(text, published="2025-06-10")) == [], text


def test_a_headlines_to_infinitive_is_a_swap_to_come(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Qatar says Kenya, Somalia to swap 40 prisoners each", published="2025-06-10")) \
        == []
    [swap] = exchanges_as_read(extract("Kenya, Somalia swap 40 prisoners each", published="2025-06-10"))
    assert swap["returns"] == {("Kenya", 40), ("Somalia", 40)}


@pytest.mark.parametrize("sentence", [
    "Chadian President Idriss Mahamat thanked Kenya after a prisoner swap with Sudan on Monday.",
    "Chad's foreign minister thanked the Kenyan government for the exchange of prisoners with Sudan on Monday.",
])
def test_the_state_thanked_for_a_swap_with_another_mediated_it(extract, sentence: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(sentence, published="2023-12-05"))
    assert (swap["parties"], swap["mediators"]) == ({"Chad", "Sudan"}, {"Kenya"})


def test_a_headline_thanking_a_state_after_a_swap_names_the_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Mahamat thanks Kenya after 40-for-40 swap with Sudan\nN'DJAMENA, Dec 4 - Chad and Sudan exchanged 40 "
        "prisoners each on Monday, officials said.", published="2023-12-05"))
    assert (swap["parties"], swap["mediators"]) == ({"Chad", "Sudan"}, {"Kenya"})


@pytest.mark.parametrize("sentence", [
    "The families of the freed men thanked the Chadian government for the exchange with Sudan on Monday.",
    "Chad's ombudsman thanked the Chadian defence ministry after the swap of prisoners with Sudan on Monday.",
])
def test_thanking_ones_own_government_for_a_swap_makes_no_mediator(extract, sentence: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(sentence, published="2023-12-05"))
    assert (swap["parties"], swap["mediators"]) == ({"Chad", "Sudan"}, set())


def test_the_go_between_named_after_the_swap_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan exchanged 40 prisoners each on Monday. The go-between was "
                                       "Kenya.", published="2023-12-05"))
    assert swap["mediators"] == {"Kenya"}


def test_a_verb_of_brokering_shares_the_subject_of_the_verb_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan exchanged 40 prisoners each on Monday. Kenyan officials hosted the last round of talks and, "
        "by both sides' account, brokered the terms.", published="2023-12-05"))
    assert swap["mediators"] == {"Kenya"}


def test_a_simultaneous_release_of_two_peoples_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Red Cross welcomed the release, on Thursday, of three Chadians held in Sudan and of two Sudanese held "
        "in Chad. The simultaneous release took place at the Adre crossing.", published="2024-05-17"))
    assert (swap["parties"], swap["date"]) == ({"Chad", "Sudan"}, dt.date(2024, 5, 16))


def test_a_simultaneous_release_of_one_peoples_hostages_is_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("The militants announced the simultaneous release of three Kenyan hostages "
                                     "on Thursday at the Mandera crossing.", published="2024-05-17")) == []


def test_the_exchange_of_lists_told_just_before_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("India and Kenya today exchanged lists of the prisoners each is holding. The exchange "
                    "took place simultaneously in both capitals.", published="2024-07-01")
    assert exchanges_as_read(facts) == []


def test_a_release_others_called_a_swap_is_none_where_the_story_says_it_was_not(extract) -> None:  # noqa: ANN001
    facts = extract("Kenya freed 22 Somali fishermen last week, and they were welcomed home in Kismayo on Tuesday.\n"
                    "In the crowd, some people described the release as an exchange for Kenyan fishermen held in "
                    "Somalia. It was not. Those men went home in January.", published="2025-02-25")
    assert exchanges_as_read(facts) == []


def test_a_swap_its_makers_describe_is_still_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Officials described the handover as a swap of 20 prisoners for 20 between "
                                       "Kenya and Somalia on Monday.", published="2024-05-17"))
    assert swap["parties"] == {"Kenya", "Somalia"}


@pytest.mark.parametrize("text, sides", [
    ("The Sudanese Armed Forces (SAF) have fought the Rapid Support Forces (RSF) for a year. In March, "
     "tribal elders persuaded the two forces to swap 12 captives at a market.",
     {"Sudanese Armed Forces", "Rapid Support Forces"}),
    ("Chad and Sudan fought over the border for months. In March, tribal elders persuaded the two countries to swap "
     "12 captives at a market.", {"Chad", "Sudan"}),
])
def test_the_two_sides_called_back_are_the_last_two_named_together(extract, text: str,  # noqa: ANN001
                                                                   sides: set[str]) -> None:
    [swap] = exchanges_as_read(extract(text, published="2024-05-17"))
    assert swap["parties"] == sides


def test_a_swap_carried_out_on_a_day_takes_that_day_however_the_participle_hangs(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The pair were freed as part of a prisoner swap with the Venezuelan government carried out on Saturday. In "
        "return, Venezuela released five U.S. citizens.", published="2022-10-03"))
    assert swap["date"] == dt.date(2022, 10, 1)


def test_a_person_named_by_the_first_of_two_surnames_is_the_one_named_in_full(extract) -> None:  # noqa: ANN001
    facts = extract("The talks were led by Father Tomas Villa Rendón, the parish priest.\nFather Villa, who has "
                    "served there for years, said he was glad.")
    assert _speakers_of(facts, "he was glad") == {"Tomas Villa Rendón"}


def test_a_weekday_after_the_first_swap_since_some_event_is_the_swaps_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan carried out their first exchange of captives since the 2019 ceasefire on Monday evening, "
        "with aircraft flying soldiers home.", published="2020-12-15"))
    assert swap["date"] == dt.date(2020, 12, 14)


def test_a_day_without_its_year_a_little_before_a_day_told_with_one_is_in_that_year(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "OCTOBER 2020 - TWO AIRLIFTS\n* Chad and Sudan swapped 1,056 prisoners in an airlift which was completed on "
        "Oct. 16, 2020.\n* Two days earlier, on Oct. 14, Chad freed two Kenyans. In return, Kenya freed 24 Chadians.",
        published="2023-04-17"))
    assert [(swap["parties"], swap["date"]) for swap in swaps] == [
        ({"Chad", "Sudan"}, dt.date(2020, 10, 16)), ({"Chad", "Kenya"}, dt.date(2020, 10, 14))]


def test_a_look_back_in_a_live_blog_is_another_swap_and_this_weeks_is_the_news(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "LIVE: Sudan prisoner swap begins as first planes land\n17:05 UTC - Day one is over\n"
        "The Red Cross says day one of the operation has ended. A total of 318 people were flown "
        "between the two cities: 249 RSF detainees landed in Nyala and 69 soldiers held by the Rapid Support Forces "
        "were delivered to the army in Port Sudan.\n12:45 UTC - A look back: the 2020 swap\nThe previous operation of "
        "this size was in October 2020, when 300 prisoners changed hands between the two camps over two "
        "days. On today's numbers, this week's exchange is set to become the largest of the war.",
        published="2023-04-14"))
    assert [(swap["date"], swap["returns"]) for swap in swaps] == [
        (dt.date(2023, 4, 14), {("Rapid Support Forces", 249), ("Sudan", 69)}), (None, set())]


def test_the_red_cross_is_never_a_side_the_story_does_not_name(extract) -> None:  # noqa: ANN001
    facts = extract("LIVE: Chad prisoner swap gets under way\nThe Red Cross confirmed that day one of the "
                    "operation was over. Families waited in Abeche.", published="2023-04-14")
    assert all("International Committee of the Red Cross" not in swap["parties"]
               for swap in exchanges_as_read(facts))


def test_people_allowed_home_in_return_pay_for_a_release(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Oct. 14, the Houthis released two Americans. In return, some 200 Houthi loyalists stranded in "
        "Oman were allowed to fly home.", published="2020-10-20"))
    assert (swap["parties"], swap["date"]) == ({"Houthis", "United States"}, dt.date(2020, 10, 14))


def test_a_post_under_its_account_and_then_the_name_is_the_named_persons(extract) -> None:  # noqa: ANN001
    facts = extract('Officials posted through the afternoon.\n@anaruiz (Ana Ruiz, Minister of Fisheries), 3:12 p.m.:\n'
                    '\n"Relieved that our 21 fishermen are home. Their boats are still held in Jaffna."\n\n'
                    '@tomvega (Tom Vega, Navy spokesman), 4:40 p.m.:\n\n"The navy handed over 21 fishermen at the '
                    'line and received nine."', published="2024-02-16")
    assert _speakers_of(facts, "Their boats are still held") == {"Ana Ruiz"}
    assert _speakers_of(facts, "received nine") == {"Tom Vega"}
    assert all(not (a.role or "").startswith("@") for a in facts.actors.values())


def test_a_name_and_a_colon_inside_a_paragraph_label_the_quote_after_them(extract) -> None:  # noqa: ANN001
    facts = extract('This week we talk with former official Priya Raman.\n[14:30] The post. Dana reads it. Priya: '
                    '"That phrasing matters. He is putting the country at the table."\n[29:35] History. Raman: '
                    '"Each of these deals was sold as the final one."', published="2025-07-23")
    assert _speakers_of(facts, "That phrasing matters") == {"Priya Raman"}
    assert _speakers_of(facts, "sold as the final one") == {"Priya Raman"}


def test_both_governments_saying_something_are_the_two_named_before(extract) -> None:  # noqa: ANN001
    facts = extract("Niger and Mali have talked for months. For the moment, though, both governments say that the "
                    "detainee question belongs in their bilateral talks.")
    assert _speakers_of(facts, "detainee question belongs") == {"Niger", "Mali"}


@pytest.mark.parametrize("sentence, sides", [
    ("Chadian President Idriss Mahamat thanked the National Security Agency after the swap with Sudan, which "
     "returned eight Chadians.",
     {"Chad", "Sudan"}),
    ("Somalia's president thanked Somaliland after the exchange on Friday, in which five detained soldiers went "
     "home to Mogadishu and six to Hargeisa.", {"Somalia", "Somaliland"}),
])
def test_thanking_ones_own_body_or_the_other_side_makes_no_mediator(extract, sentence: str,  # noqa: ANN001
                                                                       sides: set[str]) -> None:
    [swap] = exchanges_as_read(extract(sentence, published="2024-10-19"))
    assert (swap["parties"], swap["mediators"]) == (sides, set())


def test_the_exchange_of_people_after_an_exchange_of_lists_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya and Somalia exchanged lists of prisoners last week. The exchange of 39 "
                                       "prisoners each took place on Friday at the border.", published="2025-06-07"))
    assert swap["date"] == dt.date(2025, 6, 6)


def test_a_weekday_of_what_a_swap_is_the_first_since_is_not_another_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya and Somalia exchanged 39 prisoners each on Friday. It was the first "
                                       "swap since the Nairobi talks on Monday.", published="2025-06-07"))
    assert swap["date"] == dt.date(2025, 6, 6)


def test_people_allowed_to_travel_somewhere_in_return_pay_for_nothing(extract) -> None:  # noqa: ANN001
    facts = extract("The Houthis freed 15 fishermen on Monday. In return, 40 Yemeni pilgrims were allowed to travel "
                    "to Mecca, a Saudi official said.", published="2025-03-12")
    assert exchanges_as_read(facts) == []


def test_a_post_reposted_from_another_account_is_not_the_reposters(extract) -> None:  # noqa: ANN001
    facts = extract('Officials posted through the day.\n@anaruiz (Ana Ruiz, foreign minister), reposting @tomvega:\n\n'
                    '"The two sailors are safe and on their way home."')
    assert "Ana Ruiz" not in _speakers_of(facts, "sailors are safe")


def test_the_go_between_named_late_in_the_story_is_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan exchanged 40 prisoners each on Monday. The men were taken to hospitals. Families waited for "
        "hours. Some had not seen their sons in years. The go-between was Kenya.", published="2023-12-05"))
    assert swap["mediators"] == {"Kenya"}


def test_a_transcripts_label_names_in_full_the_member_called_by_surname(extract) -> None:  # noqa: ANN001
    facts = extract("SPEAKER: Thank you. Questions. Mr Beridze, European Georgia.\nDAVIT BERIDZE (European "
                    "Georgia): Madam Minister, you describe these as mutual releases. People in the region call "
                    "them what they are: trades.\nNINO KAPANADZE: I reject the premise of the question.")
    assert _speakers_of(facts, "call them what they are") == {"Davit Beridze"}


def test_a_person_in_apposition_after_a_city_is_no_place(extract) -> None:  # noqa: ANN001
    facts = extract("The head of the prisoners' committee in Sanaa, Abdulqader al-Murtada, said the release came for "
                    "humanitarian reasons.")
    assert _speakers_of(facts, "came for humanitarian reasons") == {"Abdulqader al-Murtada"}


def test_a_role_in_apposition_leaves_out_what_the_person_is_doing(extract) -> None:  # noqa: ANN001
    facts = extract("In March, Dmitri Volkov, a Russian pilot serving a 15-year sentence in Ohio, was "
                    "exchanged for an American.")
    assert facts.actors["Person:Dmitri Volkov"].role == "Russian pilot"


def test_a_mediator_after_the_last_of_several_swaps_in_a_sentence_is_that_swaps(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "A quick history: October 2022, when Nairobi traded two jailed nephews for seven Kenyans held in Somalia; "
        "and December 2023, when Ali Saab went home to Somalia in exchange for ten Kenyans, with Qatar brokering.",
        published="2025-07-23"))
    assert [swap["mediators"] for swap in swaps] == [set(), {"Qatar"}]


def test_a_mediator_the_parser_hangs_outside_the_swaps_clause_is_no_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "A quick history: October 2022, when Nairobi traded two jailed nephews for seven Kenyans; and December 2023, "
        "when Ali Saab went home to Mogadishu in exchange for ten Kenyans, with Qatar brokering.",
        published="2025-07-23"))
    assert all("Qatar" not in swap["parties"] for swap in swaps)


@pytest.mark.parametrize("sentence, mediators", [
    ("Colombian President Gustavo Petro thanked the Vatican for the prisoner exchange with the ELN on Monday.",
     {"Holy See"}),
    ("Rwandan President Paul Kagame thanked Angolan President Joao Lourenco for the prisoner exchange with Congo on "
     "Monday.", {"Joao Lourenco", "Angola"}),
])
def test_the_state_or_leader_thanked_for_a_swap_with_the_other_side_mediated_it(
        extract, sentence: str, mediators: set[str]) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(sentence, published="2024-06-05"))
    assert swap["mediators"] == mediators


def test_a_state_thanked_for_something_else_is_no_side_of_the_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Zelensky thanked Poland for its support during the war, days after the exchange of prisoners "
                    "with Russia.", published="2024-06-05")
    assert all("Poland" not in swap["parties"] for swap in exchanges_as_read(facts))


@pytest.mark.parametrize("heading, speaker", [("@anadiaz (Ana Diaz, senator), replying to @govsanchez:", "Ana Diaz"),
                                              ("@kiv (Katya Ivanova, Deputy Minister), 3 p.m.:", "Katya Ivanova")])
def test_a_post_under_its_account_may_say_when_or_to_whom(extract, heading: str, speaker: str) -> None:  # noqa: ANN001
    facts = extract(f'Officials posted.\n{heading}\n\n"The two sailors must come home before Christmas, and soon."')
    assert _speakers_of(facts, "must come home before Christmas") == {speaker}


def test_the_two_governments_are_two_states_not_the_two_offices_named_last(extract) -> None:  # noqa: ANN001
    facts = extract("Kenya and Somalia have argued over fishing for years. The High Commission of Kenya in Mogadishu "
                    "and the Consulate General in Kismayo gave consular access. In 2015 the two governments freed 86 "
                    "Kenyan fishermen and 15 Somali fishermen on the same day.", published="2024-08-20")
    assert [swap["parties"] for swap in exchanges_as_read(facts)] == [{"Kenya", "Somalia"}]


def test_the_two_countries_trading_again_are_the_sides_of_the_swap_told_before(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Kenya and Somalia exchanged prisoners at Addis Ababa airport on Tuesday. The businessman was arrested in "
        "Uganda and extradited to Kenya. In April, the two countries traded a jailed teacher for a pilot held in "
        "Kenya.", published="2025-11-26"))
    assert [swap["parties"] for swap in swaps] == [{"Kenya", "Somalia"}, {"Kenya", "Somalia"}]


def test_a_host_whose_talks_others_chaired_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Houthis and the government exchanged 40 prisoners each on Monday. Switzerland hosted the negotiations at "
        "the UN's request but, Swiss officials insisted, provided only the venue; the talks themselves were chaired "
        "jointly by the United Nations and the ICRC.", published="2023-04-17"))
    assert "Switzerland" not in swap["mediators"]


# -- the twenty-first session: a state's offices, swaps told by what came back --------------------

def test_a_states_office_named_by_its_possessive_is_that_states_and_no_other(extract) -> None:  # noqa: ANN001
    facts = extract("Moldova's State Security Service said two men had crossed back. Latvia's State Security "
                    "Service declined to comment.")
    bodies = {a.name: a for a in facts.actors.values() if a.kind == "Organization"}
    assert set(bodies) == {"State Security Service of Moldova", "State Security Service of Latvia"}
    assert bodies["State Security Service of Moldova"].document_name == "Moldova's State Security Service"


def test_the_office_named_again_without_its_state_is_the_one_named_with_it(extract) -> None:  # noqa: ANN001
    facts = extract("Moldova's State Security Service said two men had crossed back. The State Security Service "
                    "added that both were well.")
    assert _speakers_of(facts, "both were well") == {"State Security Service of Moldova"}


def test_a_possessive_before_an_armed_groups_name_only_places_it(extract) -> None:  # noqa: ANN001
    facts = extract("Peru's Shining Path Front said it had freed two engineers.")
    assert "Shining Path Front of Peru" not in {a.name for a in facts.actors.values()}


def test_a_state_that_released_one_and_got_back_another_swapped_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Denmark released the Iranian engineer Reza Tabrizi on Thursday and got back the aid worker Lars Holm.",
        published="2024-03-09"))
    assert swap["parties"] == {"Denmark", "Iran"} and swap["date"] == dt.date(2024, 3, 7)


def test_getting_back_weapons_after_a_release_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("The army released 40 rebels on Thursday and got back its stolen rifles.", published="2024-03-09")
    assert exchanges_as_read(facts) == []


def test_people_put_on_a_plane_and_one_going_the_other_way_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Two Danish citizens were put on a plane in Tehran on Friday. Going the other way was an Iranian engineer "
        "jailed in Denmark.", published="2024-03-09"))
    assert swap["parties"] == {"Denmark", "Iran"}


def test_travellers_put_on_a_flight_before_a_bus_went_the_other_way_swapped_none(extract) -> None:  # noqa: ANN001
    facts = extract("The tourists were put on a flight to Lyon, officials said. Going the other way was a bus of "
                    "pilgrims.", published="2024-03-09")
    assert exchanges_as_read(facts) == []


def test_people_coming_home_at_the_price_of_a_convict_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Two Danish citizens are flying home tonight from Iranian jails, and the price, critics say, was a man "
        "convicted of spying.", published="2024-03-09"))
    assert swap["parties"] == {"Denmark", "Iran"} and ("Denmark", 2) in swap["returns"]


def test_a_state_that_said_late_in_the_story_it_had_mediated_the_release_mediated_the_swap(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Iran freed two Danish citizens on Friday in exchange for an Iranian engineer jailed in Denmark. The two men "
        "landed in Copenhagen in the evening. Their families waited at the airport for hours. A doctor examined "
        "them. Both were said to be tired but well. The Qatari foreign ministry said in a written statement that it "
        "had mediated the release.", published="2024-03-09"))
    assert swap["mediators"] == {"Qatar"}


def test_who_a_question_asks_arranged_the_swap_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "ANCHOR: Iran freed two Danish citizens today in exchange for an Iranian engineer jailed in Denmark. Our "
        "correspondent Karin Lund is in Doha. Karin, who actually arranged the handover?\nKARIN LUND: Qatar, once "
        "again.", published="2024-03-09"))
    assert "Karin Lund" not in swap["mediators"]


def test_sides_that_exchanged_sick_and_wounded_prisoners_swapped_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In March 1985 Chad and Libya exchanged sick and wounded prisoners at the "
                                       "border.", published="1990-01-10"))
    assert swap["parties"] == {"Chad", "Libya"}


def test_who_organised_the_crossings_of_a_swap_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The exchange of prisoners between Chad and Libya began this morning at the border.\nThe crossings were "
        "organised by the Geneva-based International Committee of the Red Cross.", published="1990-01-10"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_the_national_people_were_traded_for_went_the_other_way(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Two Danes landed in Copenhagen late on Tuesday, ending months in Iranian custody. The Iranian they had "
        "been traded for was already back home by then.", published="2026-03-05"))
    assert swap["parties"] == {"Denmark", "Iran"}


def test_an_earlier_swap_dated_in_its_own_sentence_after_this_weeks_news_is_another(extract) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(
        "Two Danes home from Iran: what we know so far about the Oslo trade\nErik Holm and Lise Berg stepped off a jet "
        "in Copenhagen late on Tuesday night, after 27 and 14 months of detention in Iran. The Iranian they had "
        "been traded for was already back in Tehran.\nHas Denmark done this before?\nNot with Iran. But in August "
        "2024 Denmark released Pavel Orlov, the GRU officer serving a life term for a murder in Aarhus, as part of the "
        "wider exchange with Russia that Turkey brokered in Istanbul.", published="2026-03-05"))
    assert sorted(sorted(swap["parties"]) for swap in swaps) == [["Denmark", "Iran"], ["Denmark", "Russia"]]


def test_the_answer_to_who_mediated_in_an_explainer_mediated_the_news_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Iran freed two Danes on Tuesday in exchange for an Iranian chemist jailed in Denmark.\nWho are the two "
        "Danes?\nOne is a teacher from Aarhus. The other is a student.\nWho mediated?\nQatar. Its envoy had worked "
        "on the case for months.", published="2026-03-05"))
    assert swap["mediators"] == {"Qatar"}


def test_a_numbered_items_heading_after_a_dash_dates_its_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "The largest swaps of the year:\n1. Cauca, Colombia — 3 April 2025.\nThe ELN freed seven soldiers in "
        "exchange for five of its fighters held by the army.\n2. Kaduna, Nigeria — 14 February 2025.\nBandits "
        "released 18 passengers in exchange for four of their members held by the police.", published="2025-07-15"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 4, 3), dt.date(2025, 2, 14)]


def test_a_turn_of_greetings_and_thanks_is_no_statement(extract) -> None:  # noqa: ANN001
    facts = extract("MARTA SILVA, HOST: Our guest today is the elder Joao Mbeki.\nJOAO MBEKI: Thank you, Marta. Good "
                    "morning to all the listeners.\nMARTA SILVA: How did the talks go?\nJOAO MBEKI: We walked for two "
                    "days to reach them, and they listened.")
    assert {speaker for speaker, _ in said(facts)} == {"Joao Mbeki"}
    assert not _speakers_of(facts, "Good morning to all the listeners")


def test_a_hosts_thanks_to_the_guests_named_before_them_is_said_by_no_guest(extract) -> None:  # noqa: ANN001
    facts = extract("Joining me is Lena Berg of the Nordic Institute.\nANCHOR: Lena Berg, Tom Weiss in Oslo, thank you "
                    "both.")
    assert not _speakers_of(facts, "you both")


def test_a_wire_storys_dateline_day_is_its_today(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "LISBON, Portugal, May 9\u2014Some 900 sick prisoners of two warring nations, Spain and France, were exchanged "
        "on the quays of this port today.", published="1940-05-11"))
    assert swap["date"] == dt.date(1940, 5, 9)


def test_who_carried_the_notes_back_and_forth_between_the_capitals_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Spain and France swapped 900 sick soldiers in Lisbon today.\nPortugal carried the notes back and forth "
        "between Madrid and Paris.", published="1940-05-11"))
    assert swap["mediators"] == {"Portugal"}


def test_the_terms_negotiated_through_a_state_well_after_the_swap_name_its_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Spain and France swapped 900 sick soldiers in Lisbon today. The ships sailed at dusk. The men were "
        "carried aboard on stretchers. Nurses waited on the quay. Most of the men were from the infantry. The "
        "terms were negotiated through Portugal.", published="1940-05-11"))
    assert swap["mediators"] == {"Portugal"}


def test_a_release_in_the_other_direction_pays_for_the_one_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia handed over sixteen prisoners on Thursday. In the other direction, "
                                       "Norway released eight Russians.", published="2024-08-02"))
    assert swap["parties"] == {"Russia", "Norway"} and ("Russia", 8) in swap["returns"]


def test_a_bodys_name_opening_with_its_is_the_body_alone(extract) -> None:  # noqa: ANN001
    facts = extract("Qatar hosted the talks. Its State Security Bureau said it had run the handover.")
    assert "State Security Bureau" in {a.name for a in facts.actors.values()}


def test_a_title_before_a_place_and_a_name_in_apposition_is_the_persons_role(extract) -> None:  # noqa: ANN001
    facts = extract("The talks were arranged by the village head of Kuru Dam, Musa Garba Idris, working with the "
                    "elders. Speaking to reporters later, the village head said the men were well.")
    [person] = [a for a in facts.actors.values() if a.kind == "Person"]
    assert person.role == "village head of Kuru Dam"
    assert _speakers_of(facts, "the men were well") == {"Musa Garba Idris"}


def test_a_band_called_by_its_leaders_name_and_gang_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Kanu Bello gang freed nine farmers on Sunday in exchange for three of its members held by the Zuru "
        "Vigilance Corps.", published="2025-03-04"))
    assert swap["parties"] == {"Kanu Bello gang", "Zuru Vigilance Corps"}


def test_a_front_of_a_known_group_is_the_front_alone(extract) -> None:  # noqa: ANN001
    facts = extract("The 42nd Front of the FARC said it had freed two engineers.")
    names_found = {a.name for a in facts.actors.values()}
    assert "42nd Front" in names_found and "Revolutionary Armed Forces of Colombia" not in names_found


@pytest.mark.parametrize(("text", "body"), [
    ("Fighters of the Frente Unido de Cauca freed three soldiers on Friday.", "Frente Unido de Cauca"),
    ("The Defensoría del Pueblo said the hostages were in good health.", "Defensoría del Pueblo"),
    ("Police blamed the Tren del Pacífico for the kidnapping.", "Tren del Pacífico"),
    ("Members of the Comando Vermelho were moved to another prison.", "Comando Vermelho"),
    ("Le Mouvement pour la Justice et la Paix a libéré deux otages.", "Mouvement pour la Justice et la Paix"),
])
def test_a_body_named_head_first_in_a_romance_language_is_an_organization(extract, text: str, body: str) -> None:  # noqa: ANN001,E501
    kinds = {a.name: a.kind for a in extract(text).actors.values()}
    assert kinds.get(body) == "Organization"


@pytest.mark.parametrize(("text", "person"), [
    ("Guardia Civil Captain Marta Solís said two officers were freed on Sunday.", "Marta Solís"),
    ("Commander Tomás Guardia Rivas said eleven troops were freed on Tuesday.", "Tomás Guardia Rivas"),
    ("The Brazilian lawyer Lucia Comando Prates said the trial had been unfair.", "Lucia Comando Prates"),
])
def test_a_head_first_name_stops_before_a_title_and_opens_no_name_inside_a_persons(extract, text: str,  # noqa: ANN001
                                                                                    person: str) -> None:
    assert {s for s, _ in said(extract(text))} == {person}


@pytest.mark.parametrize(("text", "body"), [
    ("The Consejo General Electoral said on Thursday it had no role in the talks.", "Consejo General Electoral"),
    ("The Fundación Ana María Ruiz said on Thursday it had paid for the flights.", "Fundación Ana María Ruiz"),
    ("The Chilean Fiscalía Nacional said on Thursday that two officers had been freed.", "Fiscalía Nacional"),
])
def test_a_head_first_name_keeps_its_general_word_a_founders_name_and_drops_a_demonym(extract, text: str,  # noqa: ANN001
                                                                                       body: str) -> None:
    assert {s for s, _ in said(extract(text))} == {body}


def test_an_agency_named_before_news_agency_speaks_for_itself(extract) -> None:  # noqa: ANN001
    facts = extract("Iran's Tasnim news agency reported that the sailors had been handed over to a court in "
                    "Bandar Abbas.")
    assert said(facts) == {("Tasnim", "the sailors had been handed over to a court in Bandar Abbas")}


def test_mit_alone_is_not_turkeys_intelligence_agency(extract) -> None:  # noqa: ANN001
    facts = extract("MIT said on Friday that its engineers had tracked the flights used in the swap.")
    assert {a.name for a in facts.actors.values()} == {"MIT"}


def test_a_head_first_word_after_a_preposition_of_place_opens_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("The talks took place in Guardia Mitre, a town on the river, on Sunday.")
    assert not any(a.name.startswith("Guardia") for a in facts.actors.values())


def test_a_head_first_name_of_a_known_body_is_that_body(extract) -> None:  # noqa: ANN001
    names_found = {a.name for a in extract("The Grupo Wagner said its fighters had left the town.").actors.values()}
    assert names_found == {"Wagner Group"}


def test_a_known_body_written_in_capitals_is_that_body(extract) -> None:  # noqa: ANN001
    facts = extract("Ukraine and Russia swapped 95 soldiers each on Monday, the COORDINATION HEADQUARTERS said.")
    assert "Coordination Headquarters for the Treatment of Prisoners of War" in {a.name for a in facts.actors.values()}


def test_an_english_word_opening_a_name_needs_a_romance_link_to_be_a_body(extract) -> None:  # noqa: ANN001
    facts = extract("A report on Cartel Finances in Sinaloa was published on Monday.")
    assert not any(a.name.startswith("Cartel") for a in facts.actors.values())


def test_a_body_named_again_by_the_one_uncommon_word_of_its_name_is_that_body(extract) -> None:  # noqa: ANN001
    facts = extract("Six soldiers were freed by the Tigers on Monday, and ten LTTE members were released by Sri Lanka.")
    assert {a.name for a in facts.actors.values()} == {"Liberation Tigers of Tamil Eelam", "Sri Lanka"}


def test_a_body_named_by_the_first_word_of_its_own_committee_stays_itself(extract) -> None:  # noqa: ANN001
    facts = extract("The Sejm Foreign Affairs Committee met on Monday. The Sejm will vote on the bill on Tuesday.")
    assert {"Sejm", "Sejm Foreign Affairs Committee"} <= {a.name for a in facts.actors.values()}


def test_a_charity_or_church_office_named_after_a_state_is_no_part_of_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Serbian Orthodox Church Relations Service said it had helped arrange the "
                                       "exchange of 30 prisoners between Serbia and Kosovo on Friday.",
                                       published="2025-06-08"))
    assert swap["mediators"] == {"Serbian Orthodox Church Relations Service"}


def test_a_double_surname_named_again_is_the_person_not_a_body(extract) -> None:  # noqa: ANN001
    facts = extract("The court freed Marta Lucía Ortega Ruiz on Monday. Ortega Ruiz's lawyer welcomed the ruling.")
    assert [(a.name, a.kind) for a in facts.actors.values()] == [("Marta Lucía Ortega Ruiz", "Person")]


def test_a_witness_turning_to_a_state_names_it_as_the_side_of_the_swap_told_next(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Cuba released four Americans in March in exchange for two Cubans jailed in Florida.\nOn Russia, the "
        "American teacher Ann Hale came home in May in exchange for Pavel Orlov.", published="2025-09-17"))
    assert {"Russia", "United States"} in [swap["parties"] for swap in swaps]


def test_a_side_named_in_apposition_to_an_ally_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and its ally Belarus handed over nine prisoners on Friday. In the "
                                       "other direction, Poland released six Russians.", published="2024-08-02"))
    assert swap["parties"] == {"Russia", "Belarus", "Poland"}


@pytest.mark.parametrize(("text", "speaker"), [
    ("The two pilots are being examined by doctors, the Georgian side says.", "Georgia"),
    ("Hamas's political office said on Monday that talks could resume within days.", "Hamas"),
    ("It was stated by the Georgian Foreign Ministry this week that Tbilisi remains open to talks.",
     "Ministry of Foreign Affairs of Georgia"),
])
def test_a_side_an_office_and_the_agent_of_it_was_stated_speak(extract, text: str, speaker: str) -> None:  # noqa: ANN001
    assert {s for s, _ in said(extract(text))} == {speaker}


def test_a_that_clause_hung_on_an_adverb_of_the_speech_verb_is_what_was_said(extract) -> None:  # noqa: ANN001
    facts = extract("The IDF said shortly afterwards that both men had crossed into Israeli territory.")
    assert said(facts) == {("Israel Defense Forces", "both men had crossed into Israeli territory")}


def test_a_passive_statement_with_its_own_speaker_is_not_part_of_what_was_said_before(extract) -> None:  # noqa: ANN001,E501
    facts = extract("Chile's foreign ministry said 40 prisoners were freed on Sunday, while it was later confirmed by "
                    "the ICRC that two of them needed hospital care.")
    assert ("Ministry of Foreign Affairs of Chile", "40 prisoners were freed on Sunday") in said(facts)


def test_a_message_named_only_as_what_a_reply_answers_labels_no_quote(extract) -> None:  # noqa: ANN001
    facts = extract('Lima sent its reply on Monday. Lima\'s answer to the ICRC\'s letter: "We are ready for more '
                    'exchanges."')
    assert _speakers_of(facts, "We are ready for more exchanges") != {"International Committee of the Red Cross"}


def test_a_passive_promise_inside_what_was_said_is_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract('Mark Dalton told reporters that Lima had acted "on humanitarian grounds" and that no '
                    'concessions had been promised by anyone.')
    assert said(facts) == {("Mark Dalton", 'Lima had acted "on humanitarian grounds" and that no concessions had '
                                           'been promised by anyone')}


def test_a_second_that_clause_joined_to_the_speech_verb_is_said_too(extract) -> None:  # noqa: ANN001
    facts = extract('The Sierra Brigades said in a written statement that the two shepherds had been "freed '
                    'after questioning" and that the four men handed back to it had been "illegally detained".')
    [(speaker, text)] = said(facts)
    assert speaker == "Sierra Brigades"
    assert text.endswith("the four men handed back to it had been \"illegally detained")


@pytest.mark.parametrize(("text", "speaker"), [
    ("A statement from Chile's Foreign Ministry said that the two men were in fine health.",
     "Ministry of Foreign Affairs of Chile"),
    ("A statement by Hamas said the list of names would be handed over on Friday.", "Hamas"),
    ("The ICRC's communique confirmed that 40 detainees had been flown to Aden.",
     "International Committee of the Red Cross"),
])
def test_a_message_that_speaks_is_its_authors_statement(extract, text: str, speaker: str) -> None:  # noqa: ANN001
    assert {s for s, _ in said(extract(text))} == {speaker}


def test_a_message_and_its_author_before_a_colon_label_the_quote(extract) -> None:  # noqa: ANN001
    facts = extract('Jon Lind met reporters at the airport. A short statement from his sister Petra Lind, read out '
                    'by him: "I want to thank every stranger who wrote to me."')
    assert _speakers_of(facts, "every stranger who wrote to me") == {"Petra Lind"}


def test_a_sentence_with_its_own_verb_before_a_colon_is_its_subjects(extract) -> None:  # noqa: ANN001
    facts = extract('After a letter from Petra Lind reached his office, Governor Tomas Berg replied: '
                    '"We will look into her case this week."')
    assert _speakers_of(facts, "We will look into her case") == {"Tomas Berg"}


def test_a_federal_state_named_like_a_country_is_not_the_country(extract) -> None:  # noqa: ANN001
    facts = extract("The Niger State Police Command said the farmers were home. Niger and Chad signed a border pact.")
    names_found = {a.name for a in facts.actors.values()}
    assert "Niger State Police Command" in names_found and "Niger" in names_found
    [niger] = [a for a in facts.actors.values() if a.name == "Niger"]
    assert [m.surface for m in niger.mentions] == ["Niger"]


@pytest.mark.parametrize("told", [
    "The bargain had been struck through the Portuguese.",
    "The two governments agreed through the Portuguese to send every man.",
    "The terms, worked out through the Portuguese government, were simple.",
    "Every proposal travelled through Portugal.",
])
def test_a_deal_struck_through_a_state_makes_it_the_mediator(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Spain and France swapped 900 wounded prisoners at the port today. {told}",
                                       published="1940-05-11"))
    assert swap["mediators"] == {"Portugal"}


def test_ships_sailing_through_a_strait_mediate_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Spain and France swapped 900 wounded prisoners at the port today. The ships "
                                       "then sailed through the Strait of Gibraltar, and the two governments agreed "
                                       "through direct talks to meet again.", published="1940-05-11"))
    assert swap["mediators"] == set()


# -- counter-examples a review of the twenty-first session's rules found ------------------------

@pytest.mark.parametrize("text", [
    "Hamas freed three hostages on Saturday, and Israel got back three of its citizens after a year in captivity.",
    "Hamas freed three hostages on Saturday. In the other direction, Israel released a statement on the delay.",
    "Nine Canadians were put on a flight out of Kabul on Friday. Going the other way was a cargo of medicine.",
    "Two hundred refugees were put on buses at the crossing. Going the other way were fifty traders bound for Herat.",
])
def test_what_came_back_or_went_the_other_way_must_be_other_people(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2025-02-10")) == []


@pytest.mark.parametrize("text", [
    "The latest Armenian-Azerbaijani prisoner exchange returned 12 soldiers to each side on Monday.",
    "Croatian soldiers were weighed and examined by doctors after the exchange with Serbia on Monday.",
])
def test_a_pair_of_peoples_and_a_weighing_leave_a_swap_alone(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-02-11"))
    assert len(swap["parties"]) == 2


def test_a_topic_state_in_a_clause_of_its_own_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On China, the report said nothing; it described the swap of 20 prisoners "
                                       "between Armenia and Azerbaijan.", published="2025-02-11"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


def test_a_states_office_speaking_of_a_swap_leaves_its_state_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Moldova's Main Intelligence Directorate said 40 soldiers came home on Monday "
                                       "in the exchange with Russia.", published="2025-02-11"))
    assert swap["parties"] == {"Moldova", "Russia"}


def test_a_court_a_capital_owns_is_not_named_for_the_state(extract) -> None:  # noqa: ANN001
    facts = extract("Minsk's Central District Court said the two men had been pardoned.")
    assert not any(a.name.endswith("of Belarus") for a in facts.actors.values())


@pytest.mark.parametrize("told", [
    "The Red Cross, which had carried letters between the prisoners and their families, visited the men.",
    "Georgia, which had carried proposals back and forth between Yerevan and Baku on a peace treaty, welcomed it.",
    "Who mediated the 2023 exchange between them?\nGeorgia.",
])
def test_messages_of_others_and_answers_about_other_swaps_name_no_mediator(extract, told: str) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(f"Armenia and Azerbaijan exchanged four detainees on Wednesday.\n{told}",
                                      published="2025-02-20"))
    [swap] = [s for s in swaps if s["date"] == dt.date(2025, 2, 19)]
    assert swap["mediators"] == set()


def test_a_why_question_takes_the_mediation_as_told(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Why did Oman mediate the Saudi-Houthi prisoner swap?\nThe Houthis released 12 "
                                       "Saudi soldiers on Friday in exchange for 40 Yemeni prisoners.",
                                       published="2025-06-13"))
    assert swap["mediators"] == {"Oman"}


def test_a_dated_entry_of_a_timeline_below_the_story_is_no_dateline(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Ukraine and Russia swapped 200 prisoners each today, Ukrainian officials said."
                                      "\nEarlier exchanges:\nKYIV, March 5 \u2014 150 prisoners were exchanged.",
                                      published="2025-06-09"))
    assert dt.date(2025, 6, 9) in [swap["date"] for swap in swaps]


def test_a_dateline_a_day_after_the_page_is_that_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("KYIV, June 10 \u2014 Ukraine and Russia swapped 200 prisoners each today, "
                                       "Ukrainian officials said.", published="2025-06-09"))
    assert swap["date"] == dt.date(2025, 6, 10)


def test_thanks_and_welcome_opening_a_real_answer_are_still_said(extract) -> None:  # noqa: ANN001
    facts = extract("HOST: What happened?\nLAILA NASSER: Thanks to months of talks, twelve hostages are home tonight."
                    "\nHOST: And the prisoners?\nLAILA NASSER: Welcome news for the families: all twelve were "
                    "exchanged for thirty prisoners.")
    assert _speakers_of(facts, "twelve hostages are home tonight") == {"Laila Nasser"}
    assert _speakers_of(facts, "all twelve were exchanged for thirty prisoners") == {"Laila Nasser"}


@pytest.mark.parametrize("text", [
    "The Fulani group in the area denied any part in the kidnapping.",
    "The Yoruba group Afenifere welcomed the release of the travellers.",
])
def test_a_people_or_a_faith_before_group_is_no_band(extract, text: str) -> None:  # noqa: ANN001
    assert not any(a.name.endswith(" group") for a in extract(text).actors.values())


def test_a_side_of_two_peoples_words_is_no_states(extract) -> None:  # noqa: ANN001
    facts = extract("The Turkish Cypriot side said two Greek Cypriots had been exchanged for two Turkish Cypriots.")
    assert "Turkey" not in {s for s, _ in said(facts)}


def test_the_head_of_a_village_named_after_a_comma_is_a_person(extract) -> None:  # noqa: ANN001
    facts = extract("The head of the village, Garba Musa, said 16 abductees were freed in exchange for two detained "
                    "bandits. The department head said nothing.")
    [person] = [a for a in facts.actors.values() if a.kind == "Person"]
    assert person.name == "Garba Musa" and _speakers_of(facts, "16 abductees were freed") == {"Garba Musa"}
    assert not _speakers_of(facts, "nothing")


def test_a_citizen_of_two_peoples_names_neither_as_his_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Anna Koval, an American teacher serving 12 years for treason, was released on Thursday in exchange for Oleg "
        "Sirin, a Russian-Austrian citizen facing US charges. The Kremlin said Sirin had been returned to Russia.",
        published="2025-04-11"))
    assert swap["parties"] == {"Russia", "United States"}


@pytest.mark.parametrize(("told", "mediators"), [
    ("Oman mediated.", {"Oman"}),
    ("Oman again acted as mediator.", {"Oman"}),
    ("Oman has often mediated before.", set()),
    ("Oman acted as mediator of the water talks.", set()),
])
def test_a_few_words_late_in_the_story_name_its_swaps_mediator(extract, told: str, mediators: set) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract("Armenia and Azerbaijan swapped 20 prisoners on Monday. The men were flown "
                                       "home. Their families waited at the airport. Doctors checked them. " + told,
                                       published="2025-04-11"))
    assert swap["mediators"] == mediators


@pytest.mark.parametrize("told", [
    "The freed sailors reached Odesa through Moldova early the next morning.",
    "The Germans then worked their way through Armenia to the airport.",
    "Egypt acted as mediator in the dispute over grazing land.",
    "Uzbekistan mediated between the two governments over water rights last year.",
    "A truce between rival clans took hold on Sunday. Qatar brokered it.",
])
def test_a_route_or_another_dispute_names_no_mediator_of_the_swap(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and Ukraine swapped 12 prisoners each on Saturday. The men were driven "
                                       "to separate camps. Aid workers described the mood as tense. " + told,
                                       published="2025-02-17"))
    assert swap["mediators"] == set()


@pytest.mark.parametrize("question", ["Who brokered Tuesday's exchange of 300 prisoners?",
                                      "Who mediated the first stage?"])
def test_a_question_about_the_swaps_own_day_or_stage_is_answered_for_it(extract, question: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(f"Russia and Ukraine swapped 300 prisoners on Tuesday.\n{question}\nThe UAE, "
                                       "officials in Kyiv said.", published="2025-07-10"))
    assert swap["mediators"] == {"United Arab Emirates"}


def test_a_named_person_going_the_other_way_is_paid(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia freed the Austrian hiker Max Huber on Tuesday. Going the other way was "
                                       "Oleg Sirin, a Russian convicted of spying in Vienna.", published="2025-05-14"))
    assert swap["parties"] == {"Russia", "Austria"}


def test_a_band_acting_on_a_weekday_keeps_its_name(extract) -> None:  # noqa: ANN001
    facts = extract("The Turji gang Monday released six farmers in exchange for two of its members.")
    assert "Turji gang" in {a.name for a in facts.actors.values()}


def test_a_release_obtained_in_exchange_for_people_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Twenty villagers abducted by the Kanu Bello gang in May came home on Sunday. Their release was obtained in "
        "exchange for seven gang members held by the Zuru State Police Command.", published="2024-06-18"))
    assert swap["parties"] == {"Kanu Bello gang", "Zuru State Police Command"}


@pytest.mark.parametrize(("went", "swapped"), [
    ("Two Belarusian spies were driven across in the opposite direction an hour later.", True),
    ("Trucks of aid were driven across in the opposite direction.", False),
])
def test_people_driven_the_other_way_pay_for_a_release(extract, went: str, swapped: bool) -> None:  # noqa: ANN001
    facts = extract(f"Five prisoners walked into Poland on Wednesday, two of them Polish citizens. {went}",
                    published="2025-11-29")
    assert bool(exchanges_as_read(facts)) is swapped


def test_no_one_going_the_other_way_makes_a_release_one_way(extract) -> None:  # noqa: ANN001
    facts = extract("Wounded Chilean prisoners were handed to a Peruvian ship on Monday. No Peruvian wounded travelled "
                    "the other way.", published="1982-06-20")
    assert exchanges_as_read(facts) == []


def test_partners_in_a_state_who_helped_are_that_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia freed two Americans on Friday in exchange for a Russian hacker, with "
                                       "the help of our partners in Oman.", published="2025-09-17"))
    assert swap["mediators"] == {"Oman"}


def test_nigerias_department_of_state_services_is_not_the_us_department_of_state(extract) -> None:  # noqa: ANN001
    names_found = {a.name for a in extract("The Department of State Services declined to comment on the release of "
                                           "the two pastors.").actors.values()}
    assert "United States Department of State" not in names_found


def test_a_states_police_force_and_a_police_command_are_bodies(extract) -> None:  # noqa: ANN001
    facts = extract("The four were detained at the Katsina State Police Command from April onward. The Nigeria Police "
                    "Force declined to comment.")
    bodies = {a.name: a for a in facts.actors.values() if a.kind == "Organization"}
    assert {"Katsina State Police Command", "Nigeria Police Force"} <= set(bodies)
    assert bodies["Nigeria Police Force"].part_of == "Country:NGA"


# -- mediators told by what they did: shuttling, carrying word, a second agent, done before -----

@pytest.mark.parametrize("told", [
    "The swap of 40 Malian soldiers for 35 JNIM fighters was brokered by Algeria and by Musa Diallo, a tribal elder.",
    "Musa Diallo shuttled between the two commanders for a month before the swap of 40 Malian soldiers for 35 "
    "JNIM fighters on Friday.",
    "After weeks of shuttling between Bamako and the JNIM, Musa Diallo watched 40 Malian soldiers cross in "
    "exchange for 35 JNIM fighters.",
])
def test_a_second_agent_or_a_go_between_shuttling_for_the_swap_mediates_it(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-02-20"))
    assert "Musa Diallo" in swap["mediators"]


def test_shuttling_to_keep_other_talks_alive_mediates_no_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Taliban freed two Americans in exchange for an Afghan held by the United States on Monday. The envoy, "
        "Omar Rahimi, has been shuttling between capitals for months to keep the peace process alive.",
        published="2025-02-20"))
    assert swap["mediators"] == set()


def test_messages_carried_back_and_forth_in_the_swaps_sentence_name_its_mediators(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The M23 freed 12 Congolese soldiers in exchange for nine rebels held by the DRC government on Friday; "
        "for weeks Angola and the Red Cross had relayed the notes back and forth.", published="2025-02-20"))
    assert swap["mediators"] == {"Angola", "International Committee of the Red Cross"}


@pytest.mark.parametrize("told", [
    "Acting as a neutral intermediary, the Red Cross flew 31 M23 fighters freed by the DRC government to "
    "Rutshuru on Sunday, in exchange for 40 Congolese soldiers held by the rebels.",
    "The ICRC, acting as a neutral intermediary, flew 31 M23 fighters freed by the DRC government to "
    "Rutshuru on Sunday, in exchange for 40 Congolese soldiers held by the rebels.",
])
def test_who_acts_as_a_neutral_intermediary_in_the_swap_mediates_it(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-02-20"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_a_state_whose_agency_facilitated_the_handover_mediates_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia freed 16 prisoners in exchange for eight Russians held by the United States on Thursday. Kazakhstan, "
        "whose security service facilitated the transfer at an airbase near Almaty, was praised in both capitals.",
        published="2025-02-20"))
    assert swap["mediators"] == {"Kazakhstan"}


def test_a_state_whose_courts_convicted_a_prisoner_mediates_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia freed 16 prisoners in exchange for eight Russians held by the United States on Thursday. Germany, "
        "whose courts had convicted one of the eight, agreed to free him.", published="2025-02-20"))
    assert "Germany" not in swap["mediators"]


@pytest.mark.parametrize("told", [
    "This was hardly Oman's first such swap.",
    "Oman had arranged such a deal once before.",
])
def test_a_mediator_said_to_have_done_such_a_deal_before_mediated_the_one_told_next(extract, told: str) -> None:  # noqa: ANN001,E501
    first, earlier = exchanges_as_read(extract(
        "Norway freed an Iranian official on Tuesday, and Iran released two Norwegians in return. Oman mediated. "
        f"{told} On 12 March 2022, Iran released an Austrian engineer in exchange for an Iranian banker jailed "
        "in Austria.", published="2025-02-20"))
    assert first["mediators"] == {"Oman"} and earlier["parties"] == {"Austria", "Iran"}
    assert earlier["mediators"] == {"Oman"}


def test_a_side_said_to_have_made_such_trades_before_mediates_nothing(extract) -> None:  # noqa: ANN001
    _, earlier = exchanges_as_read(extract(
        "Norway freed an Iranian official on Tuesday, and Iran released two Norwegians in return, in a deal "
        "mediated by Oman. Iran has made such trades before. On 12 March 2022, Iran released an Austrian engineer "
        "in exchange for an Iranian banker jailed in Austria.", published="2025-02-20"))
    assert earlier["mediators"] == set()


def test_a_capitals_name_ending_a_persons_name_is_no_state(extract) -> None:  # noqa: ANN001
    facts = extract("The Norwegian envoy Pedro Lima said the talks would resume in the spring.")
    assert "Peru" not in {a.name for a in facts.actors.values()}
    assert "Pedro Lima" in {a.name for a in facts.actors.values() if a.kind == "Person"}


def test_a_campaign_named_for_a_state_keeps_the_state(extract) -> None:  # noqa: ANN001
    facts = extract("The charity Save Ukraine said 40 children had been brought home this year.")
    assert "Ukraine" in {a.name for a in facts.actors.values() if a.kind == "Country"}


def test_a_state_the_speaker_said_had_mediated_the_deal_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ukraine got back 150 soldiers and Russia 150 in a swap on Friday. The Russian Defence Ministry thanked "
        "Kuwait, which it said had mediated the exchange.", published="2025-02-20"))
    assert swap["mediators"] == {"Kuwait"}


def test_a_state_the_speaker_said_had_hosted_talks_mediated_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ukraine got back 150 soldiers and Russia 150 in a swap on Friday. The Russian Defence Ministry thanked "
        "Kuwait, which it said had hosted the negotiations.", published="2025-02-20"))
    assert swap["mediators"] == set()


def test_credited_with_brokering_the_agreement_after_the_swap_is_its_mediation(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Venezuela freed ten Americans in exchange for a Venezuelan businessman on Wednesday. Kuwait, whose capital "
        "saw three months of quiet meetings, was credited by Caracas and Washington alike with brokering the "
        "agreement.", published="2025-02-20"))
    assert swap["mediators"] == {"Kuwait"}


def test_officials_of_a_body_who_arranged_the_swap_name_the_body_as_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Friday, delegates of the African Union arranged an exchange of nine Sudanese soldiers for seven RSF "
        "fighters.", published="2025-02-20"))
    assert swap["mediators"] == {"African Union"}


@pytest.mark.parametrize(("told", "returns"), [
    ("Armenia and Azerbaijan traded 40 prisoners each on Thursday, and Yerevan also brought home six civilians. "
     "In total, 46 Armenians returned, the government said.", {("Armenia", 46), ("Azerbaijan", 40)}),
    ("On Saturday Armenia and Azerbaijan traded 20 for 20; and that evening Azerbaijan also sent back eight "
     "wounded Armenians in return for five wounded Azerbaijanis. In all, 28 Armenians came home and 25 "
     "Azerbaijanis were returned.", {("Armenia", 28), ("Azerbaijan", 25)}),
])
def test_totals_told_after_the_parts_are_what_each_side_got_back(extract, told: str, returns: set) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-02-20"))
    assert swap["returns"] == returns


def test_a_running_total_since_the_war_began_is_no_swaps_total(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Armenia and Azerbaijan traded 40 prisoners each on Thursday. In total, more than 300 Armenians have "
        "returned so far.", published="2025-02-20"))
    assert swap["returns"] == {("Armenia", 40), ("Azerbaijan", 40)}


@pytest.mark.parametrize("told", [
    "Russia freed a dancer in exchange for a Russian held in the US on Friday, and the CIA director, Tom Hale, "
    "thanked Kuwait for mediating it.",
    "The SNA and the SDF exchanged 20 prisoners near Manbij on Friday, in a deal the SDF credited Kuwait with "
    "brokering.",
])
def test_who_thanks_or_credits_a_mediator_mediates_nothing_himself(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-02-20"))
    assert swap["mediators"] <= {"Kuwait"} and not swap["mediators"] & swap["parties"]
    assert "Tom Hale" not in swap["mediators"]


def test_a_phrase_set_off_before_the_go_betweens_name_mediates_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "After weeks of shuttling between the government of Angola and UNITA, the rebel movement led by Jonas "
        "Savimbi, Lars Eriksen stood at the border on 3 March 1991 as 50 Angolan soldiers were handed over in "
        "exchange for 40 UNITA fighters.", published="2025-02-20"))
    assert swap["mediators"] == {"Lars Eriksen"}


def test_a_peoples_prisoners_freed_in_return_go_to_that_peoples_armed_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 May, in a swap mediated by Oman, the Houthis handed over the remains of two Saudi pilots. In "
        "return, 20 Yemeni prisoners were freed.", published="2025-05-07"))
    assert swap["returns"] == {("Houthis", 20)}


@pytest.mark.parametrize(("told", "speaker"), [
    ('PULL QUOTE: "Every prisoner on that list was a bargaining chip. Every one." \u2014 Tomas Varga', "Tomas Varga"),
    ('"Every captive has a price, and the price keeps going up." \u2014 Ines Baptista, a former negotiator',
     "Ines Baptista"),
    ('"Every captive has a price, and the price keeps going up." \u2014 Nino Beridze, a resident of a border '
     "village, speaking to a local radio station", "Nino Beridze"),
])
def test_a_quote_signed_after_a_dash_at_the_end_of_its_line_is_the_signers(extract, told: str, speaker: str) -> None:  # noqa: ANN001,E501
    facts = extract(f"The two sides swapped nine prisoners each on Friday.\n{told}\nThe next round is due in May.")
    assert {s for s, text in said(facts) if "price" in text or "chip" in text} == {speaker}


def test_read_more_and_pull_quote_labels_are_no_speakers(extract) -> None:  # noqa: ANN001
    facts = extract("The two sides swapped nine prisoners each on Friday.\n"
                    "READ MORE: Fishermen held for a year come home to Karachi\n"
                    "This is a developing story and will be updated as details emerge.\n"
                    "PULL QUOTE: \"Every prisoner was a bargaining chip.\" \u2014 Ines Baptista")
    assert not {s for s, _ in said(facts)} & {"Read More", "Pull Quote"}


def test_counts_in_all_for_a_swap_told_later_are_no_totals_of_the_one_before(extract) -> None:  # noqa: ANN001
    [first, *_] = exchanges_as_read(extract(
        "On 3 May 1979 Hungary handed 23 prisoners to Austria in exchange for four agents.\n"
        "Another trade at the border post followed two years on. On 8 June 1981 a priest went across first, then "
        "two engineers jailed for smuggling. In all, Austria got back three people and Hungary two.",
        published="2025-02-20"))
    assert ("Austria", 23) in first["returns"]


def test_a_newsreaders_paragraph_in_capitals_is_news_not_a_teaser(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "[ANCHOR]\nGOOD EVENING. ARMENIA AND AZERBAIJAN SWAPPED SIX PRISONERS EACH ON MONDAY. THE EXCHANGE WAS "
        "BROKERED BY GEORGIA.\n[VO]\nTHE MEN CROSSED AT A BRIDGE NEAR THE BORDER. FAMILIES WAITED IN THE RAIN.\n"
        "[ANCHOR]\nTHE TWO SIDES SAY MORE RELEASES WILL FOLLOW. WE WILL HAVE MORE AT ELEVEN.\n[END]",
        published="2025-05-07"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"} and swap["mediators"] == {"Georgia"}


def test_a_headline_in_capitals_in_the_body_is_still_a_teaser(extract) -> None:  # noqa: ANN001
    facts = extract("Talks resumed in Geneva on Monday.\nARMENIA AND AZERBAIJAN SWAP SIX PRISONERS EACH\n"
                    "The delegations will meet again in June.", published="2025-05-07")
    assert exchanges_as_read(facts) == []


@pytest.mark.parametrize(("told", "day"), [
    ("On this day in 1986, Chad and Libya swapped 40 prisoners each.", dt.date(1986, 11, 24)),
    ("Thirty-five years ago today, Chad and Libya swapped 40 prisoners each.", dt.date(1989, 11, 24)),
    ("Fifteen years ago on Wednesday, Chad and Libya swapped 40 prisoners each.", dt.date(2009, 11, 20)),
    ("On this day 30 years ago, Chad and Libya swapped 40 prisoners each.", dt.date(1994, 11, 24)),
])
def test_an_anniversary_pieces_day_dates_the_swap_it_recalls(extract, told: str, day: dt.date) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2024-11-24"))
    assert swap["date"] == day


def test_a_day_that_year_and_the_days_after_it_take_the_year_named_before(extract) -> None:  # noqa: ANN001
    first, second = exchanges_as_read(extract(
        "Kuwait's channel first opened in 2022. Its first success came on April 27 that year, when Iran freed a "
        "French tourist in exchange for an Iranian engineer held in France. On December 8, a French teacher was "
        "swapped for an Iranian student in Kuwait City.", published="2025-07-09"))
    assert (first["date"], second["date"]) == (dt.date(2022, 4, 27), dt.date(2022, 12, 8))


@pytest.mark.parametrize("told", [
    "On 16 May, Armenia and Azerbaijan each freed 40 prisoners in an exchange at the border.",
    "Following the accord struck in meetings hosted by Georgia on 16 May, Armenia and Azerbaijan each received 40 "
    "detainees in an exchange carried out at the border.",
])
def test_the_sides_named_right_before_each_are_the_swaps(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-06-20"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}
    assert swap["returns"] == {("Armenia", 40), ("Azerbaijan", 40)}


def test_the_host_of_the_talks_is_no_fallback_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In line with what was settled at meetings hosted by Norway, each side freed 40 prisoners in an exchange "
        "on Friday. Armenia welcomed the releases. Azerbaijan said more would follow. The meetings hosted by Norway "
        "will resume in June, and a further round hosted by Norway is planned for the autumn.",
        published="2025-06-20"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


def test_a_town_of_two_words_the_ner_took_for_a_person_is_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("The crew were taken to Bandar Abbas and later flown to Point Pedro, where Ravi Kumar met them.")
    assert {a.name for a in facts.actors.values()} == {"Ravi Kumar"}


def test_ships_named_after_their_kind_or_prefix_are_no_actors(extract) -> None:  # noqa: ANN001
    facts = extract("Rebels seized the car carrier Ocean Pilgrim in March. The crew of the MV Safa Star were freed, "
                    "the tanker Blue Heron was released and the sailors aboard the Coral Dawn came home. Captain "
                    "Ravi Kumar said all were safe.")
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Ravi Kumar"}


@pytest.mark.parametrize("told", [
    "Ukraine and Russia traded 95 prisoners each on Friday. Altogether, 3,956 Ukrainians have been brought home "
    "through such exchanges since 2022.",
    "Ukraine and Russia traded 95 prisoners each on Friday. In total, 120 Ukrainians were freed in the previous "
    "exchange in January.",
    "Ukraine and Russia traded 95 prisoners each on Friday. In total, Ukraine had hoped to get back 150.",
    "Ukraine and Russia traded 95 prisoners each on Friday. Overall, 400 Ukrainians came home this year.",
])
def test_totals_of_other_times_swaps_or_hopes_are_not_the_swaps(extract, told: str) -> None:  # noqa: ANN001
    swap, *_ = exchanges_as_read(extract(told, published="2025-05-07"))
    assert ("Ukraine", 95) in swap["returns"]


def test_a_script_in_capitals_keeps_its_sentences_but_a_prose_storys_teaser_block_is_dropped(extract) -> None:  # noqa: ANN001,E501
    facts = extract("Israel released 90 Palestinian prisoners early on Monday after Hamas freed three hostages.\n"
                    "ALSO ON OUR SITE. LEADERS SAY THEY WILL MEET IN OSLO. MARKETS FALL IN ASIA.\n"
                    "The releases were the first under the truce brokered jointly by Qatar, Egypt and the "
                    "United States.",
                    published="2025-05-07")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Qatar", "Egypt", "United States"} and not said(facts)


@pytest.mark.parametrize("told", [
    'Further reading:\n"The long road home: inside the swap that freed 95 soldiers" \u2014 Maria Sanchez',
    'The banner at the border read "Ukraine is waiting for you" \u2014 Serhiy Kovalenko, a marine, wept.',
])
def test_a_title_or_a_quote_inside_a_sentence_is_not_signed_by_the_name_after_a_dash(extract, told: str) -> None:  # noqa: ANN001,E501
    facts = extract(f"Russia and Ukraine exchanged 95 prisoners each on Friday.\n{told}")
    assert {speaker for speaker, _ in said(facts)} <= {None}


def test_a_full_name_the_ner_ran_into_a_state_in_a_list_keeps_the_state(extract) -> None:  # noqa: ANN001
    facts = extract("Delegations: Emmanuel Macron France, Olaf Scholz Germany, Giorgia Meloni Italy.")
    assert {"France", "Germany", "Italy"} <= {a.name for a in facts.actors.values() if a.kind == "Country"}


def test_that_year_is_the_year_written_out_before_not_the_news_weekdays(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Kyiv first used the Emirati channel in 2022, an official told reporters on Tuesday. On December 29 that "
        "year, Russia and Ukraine exchanged 140 prisoners in a swap mediated by the UAE.", published="2025-05-07"))
    assert swap["date"] == dt.date(2022, 12, 29)


@pytest.mark.parametrize("told", [
    "It was the second time Qatar had brokered such a deal. Separately, Russia and Ukraine swapped 90 prisoners "
    "each.",
    "Qatar had never before arranged such a deal. Earlier in the year, Hamas and Israel exchanged two "
    "prisoners each.",
])
def test_a_swap_told_apart_or_after_never_before_gets_no_mediator_from_the_one_before(extract, told: str) -> None:  # noqa: ANN001,E501
    _, later = exchanges_as_read(extract(
        f"Hamas freed three Israelis in exchange for 90 Palestinians held by Israel, in a deal mediated by Qatar. "
        f"{told}", published="2025-05-07"))
    assert later["mediators"] == set()


@pytest.mark.parametrize("told", [
    "The ICRC had carried letters back and forth between detainees and their families for years before the swap.",
    "Swiss diplomats carried messages back and forth on a possible nuclear deal while the swap was prepared.",
    "Acting as a neutral intermediary, the Red Cross visited detainees held by both sides.",
    "Kuwait, whose intelligence service facilitated the grain corridor in 2022, offered to host new talks.",
    "Members of the Verkhovna Rada arranged a welcome ceremony in Kyiv.",
])
def test_go_betweens_of_other_things_mediate_no_swap(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Russia and Ukraine swapped 90 prisoners each on Friday. {told}",
                                       published="2025-05-07"))
    assert swap["mediators"] == set()


def test_the_host_of_the_talks_is_a_side_where_the_story_names_no_two_others(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The swap was agreed at talks hosted by Azerbaijan in Baku. Armenia got back "
                                       "32 soldiers.", published="2025-05-07"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


def test_a_company_named_with_its_trade_or_legal_form_is_an_organization(extract) -> None:  # noqa: ANN001
    facts = extract("The tanker is managed by Fjordvik Shipping ASA, which said the crew were safe. A spokesman for "
                    "Brennholt Tankers said the ship had been released, and Ingrid Solberg of the owner, Aegeon "
                    "Navigation S.A., confirmed it.")
    kinds = {a.name: a.kind for a in facts.actors.values()}
    assert kinds["Fjordvik Shipping ASA"] == kinds["Brennholt Tankers"] == "Organization"
    assert kinds["Ingrid Solberg"] == "Person"


def test_an_acronym_the_ner_took_for_a_person_is_the_body_it_stands_for(extract) -> None:  # noqa: ANN001
    facts = extract("The Gulf Shipping Safety Office (GSSO) said the risk stayed high. GSSO advised crews to keep "
                    "their distance.")
    assert {(a.kind, a.name) for a in facts.actors.values()} == {("Organization", "Gulf Shipping Safety Office")}


def test_what_was_signed_is_no_actor_but_bodies_named_for_an_accord_are(extract) -> None:  # noqa: ANN001
    facts = extract("Under the Third Geneva Convention and the Lomé Agreement, prisoners must be released. The "
                    "Agreement on Consular Access of 2008 and the Algiers Accords were cited. The Government of "
                    "National Accord and the Kachin Baptist Convention welcomed the releases.")
    assert {a.name for a in facts.actors.values()} == {"Government of National Accord", "Libya",  # its state
                                                       "Kachin Baptist Convention"}


@pytest.mark.parametrize(("told", "speaker"), [
    ("A spokeswoman for Peru's foreign ministry told a weekly briefing that Lima had handled the cases under its "
     "own laws.", "Ministry of Foreign Affairs of Peru"),
    ("Foreign Minister Ana Ruiz told a news conference that lasted two hours about the plans for the swap.", None),
])
def test_a_clause_told_to_a_briefing_is_what_was_said(extract, told: str, speaker: str | None) -> None:  # noqa: ANN001
    facts = extract(told)
    assert {s for s, text in said(facts) if "handled the cases" in text} == ({speaker} if speaker else set())


def test_a_total_with_an_aside_about_another_time_is_still_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Belarus freed six Lithuanians on Wednesday in exchange for a banker held by Lithuania. In all, seven "
        "people crossed into Lithuania: the six Lithuanians and a Polish priest, who had been arrested last year.",
        published="2025-05-07"))
    assert ("Lithuania", 7) in swap["returns"]


def test_the_day_an_anniversary_piece_opens_with_dates_the_swap_it_then_tells(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Thirty years ago today, a young pilot stepped off a train at a snowy border post.\nTwo men went the other "
        "way that morning. Under a deal arranged by a Vienna banker, the Soviet Union released the pilot and the "
        "United States freed a Soviet colonel.", published="1992-02-10"))
    assert swap["date"] == dt.date(1962, 2, 10)


@pytest.mark.parametrize("told", [
    "Georgia handed the bodies of 60 Abkhaz fighters to Abkhazia this week and got the bodies of 8 Georgian "
    "soldiers back in return, an official said on Monday.",
    "His coffin came home with 52 others that Georgia gave up in late October. Abkhazia, in turn, transferred the "
    "bodies of eight Georgian soldiers.",
])
def test_bodies_handed_over_both_ways_are_no_exchange_of_prisoners(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told, published="2025-06-16")) == []


def test_prisoners_freed_for_the_bodies_of_soldiers_are_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Georgia freed five Abkhaz prisoners in exchange for the bodies of two "
                                       "soldiers held by Abkhazia.", published="2025-06-16"))
    assert swap["parties"] == {"Georgia", "Abkhazia"}


def test_a_press_releases_about_heading_is_furniture(extract) -> None:  # noqa: ANN001
    facts = extract("The crew of 23 were released on Monday.\nAbout Nordvik Shipping\nNordvik Shipping ASA is a "
                    "tanker operator based in Bergen.")
    assert {a.name for a in facts.actors.values() if a.kind == "Organization"} == {"Nordvik Shipping ASA"}


@pytest.mark.parametrize(("told", "named"), [
    ("Houthi forces targeted the vessel, Yahya Saree said in a televised statement.", "Yahya Saree"),
    ("Interviewed aboard the ship, Maria Santos, the chief cook, said the crew had been treated well.",
     "Maria Santos"),
    ("The flag carrier Aeroflot resumed flights to Tehran on Monday.", "Aeroflot"),
    ("The INS deported more than 300 Salvadorans that year, officials said.", "INS"),
    ("MBS personally intervened to secure the release, a Saudi official said. MBS raised the case with the "
     "Russian president.", "MBS"),
])
def test_names_beside_a_ship_word_or_in_capitals_that_are_no_ship_or_body_stay(extract, told: str, named: str) -> None:  # noqa: ANN001,E501
    facts = extract(told)
    assert named in {a.name for a in facts.actors.values()}
    assert named != "MBS" or facts.actors[next(k for k, a in facts.actors.items() if a.name == "MBS")].kind == "Person"


def test_a_company_the_ner_took_for_a_title_or_person_speaks_as_a_company(extract) -> None:  # noqa: ANN001
    facts = extract('"We are relieved that the crew are free," Stavros Navigation Holdings said in a statement.')
    assert said(facts) == {("Stavros Navigation Holdings", "We are relieved that the crew are free")}


def test_a_relative_clause_about_the_audience_is_not_what_was_told(extract) -> None:  # noqa: ANN001
    facts = extract("Colombia's peace commissioner Otty Patino told a forum that the church had organised in Arauca "
                    "for the families of the kidnapped soldiers.")
    assert not {text for _, text in said(facts) if "organised" in text}


def test_two_teaser_lines_under_a_short_story_are_still_teasers(extract) -> None:  # noqa: ANN001
    facts = extract("Ukraine and Russia swapped 95 prisoners each on Friday, officials said.\n"
                    "UKRAINE RECOVERS 500 BODIES. FAMILIES WAIT IN KYIV.\n"
                    "LEADER SAYS SWAPS WILL CONTINUE. MINISTRY NAMES NEW NEGOTIATOR.")
    assert not {text for _, text in said(facts) if "continue" in text.lower()}


def test_remains_as_a_verb_tells_no_repatriation_of_the_dead(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Iran and Iraq exchanged prisoners of war today. A UN spokesman said the task that remains is to account "
        "for the missing on both sides.",
        published="1990-08-17"))
    assert swap["parties"] == {"Iran", "Iraq"}


def test_a_name_set_off_before_a_spokesmans_role_is_a_person_though_its_given_name_is_unknown(extract) -> None:  # noqa: ANN001,E501
    facts = extract("Berzan Xelil, a spokesman for the SDF, said the next group would be freed within days.")
    assert said(facts) == {("Berzan Xelil", "the next group would be freed within days")}


def test_a_body_set_off_before_a_role_stays_a_body(extract) -> None:  # noqa: ANN001
    facts = extract("Qatar Airways, a spokesman for the airline said, would resume flights to Kabul.")
    assert {a.kind for a in facts.actors.values() if a.name == "Qatar Airways"} <= {"Organization"}


def test_a_digests_index_line_tells_no_swap_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("Hello again. In this issue: a swap at the Abkhaz boundary, Moldova's power cuts, Armenia's "
                    "vote, and a pardon in Belarus.\n1. GEORGIA / ABKHAZIA: Traded at the bridge\nOn Tuesday, Sukhumi "
                    "freed two Georgian citizens in exchange for one resident of Abkhazia held by Tbilisi.",
                    published="2025-02-14")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Georgia", "Abkhazia"} and swap["date"] == dt.date(2025, 2, 11)


def test_a_leaders_own_office_speaks_for_the_leader(extract) -> None:  # noqa: ANN001
    facts = extract("Prime Minister Dana Weiss met the families. Weiss's office said in a short statement that the "
                    "government would not rest until every hostage was home.")
    assert ("Dana Weiss", "the government would not rest until every hostage was home") in said(facts)


@pytest.mark.parametrize("told", [
    "On Friday Chad and Sudan swapped 12 soldiers for 9.",
    "On Friday Chad freed 22 soldiers and Sudan released 18, in a swap at the border.",
])
def test_sides_the_parser_ran_into_the_day_before_them_are_the_swaps(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-05-10"))
    assert swap["parties"] == {"Chad", "Sudan"}
    assert swap["date"] == dt.date(2025, 5, 9)


def test_a_month_the_ner_ran_into_the_name_after_it_is_no_news_of_today(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("In March Pakistan freed 20 Indian fishermen and India released 14 "
                                       "Pakistanis.", published="2025-05-10"))
    assert swap["returns"] == {("India", 20), ("Pakistan", 14)}
    assert swap["date"] is None


@pytest.mark.parametrize(("told", "mediator"), [
    ("Chad and Sudan exchanged 40 prisoners on Friday under Qatari supervision.", "Qatar"),
    ("Chad and Sudan exchanged 40 prisoners on Friday. The swap was done under the supervision of the "
     "Red Cross.", "International Committee of the Red Cross"),
    ("Chad and Sudan exchanged 40 prisoners on Friday. The Red Cross oversaw the swap.",
     "International Committee of the Red Cross"),
    ("On Friday, Chad freed 22 soldiers and Sudan released 18, in a swap supervised by the African Union.",
     "African Union"),
])
def test_who_oversaw_a_swap_between_others_mediated_it(extract, told: str, mediator: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-05-10"))
    assert swap["mediators"] == {mediator}


@pytest.mark.parametrize("told", [
    "The handover was supervised by Chadian border guards.",
    "The Sudanese prison service said it works under the supervision of the courts.",
])
def test_a_side_overseeing_its_own_handover_or_oversight_of_something_else_mediates_nothing(extract, told: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(f"Chad and Sudan exchanged 40 prisoners on Friday. {told}",
                                       published="2025-05-10"))
    assert swap["mediators"] == set()


def test_a_name_before_to_and_a_release_in_a_timeline_entry_is_what_is_to_come(extract) -> None:  # noqa: ANN001
    facts = extract("3 March 2024 — Joint communiqué: Chad to free 40 Sudanese soldiers and Sudan to release 12 "
                    "Chadian guards.", published="2024-03-10")
    assert exchanges_as_read(facts) == []


@pytest.mark.parametrize("told", [
    "The FDLR released seven soldiers and the Congolese military freed five farmers.",
    "The FDLR released seven soldiers and the Congo army freed five farmers.",
])
def test_a_second_side_the_parser_joined_to_the_first_sides_captives_is_its_verbs_subject(extract, told: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(told, published="2025-05-10"))
    assert swap["returns"] == {("Democratic Forces for the Liberation of Rwanda", 5),
                               ("Democratic Republic of the Congo", 7)}


def test_priests_of_a_diocese_who_brokered_the_deal_make_the_diocese_its_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In an arrangement brokered by two clerics of the Catholic Diocese of Butembo, the ADF released four "
        "soldiers and the Congolese army freed three fighters.", published="2025-05-10"))
    assert swap["mediators"] == {"Catholic Diocese of Butembo"}


def test_a_french_front_or_union_named_head_first_is_one_body_with_its_acronym(extract) -> None:  # noqa: ANN001
    facts = extract("Chad's government and the rebel Front Uni pour la Renaissance (FUR) exchanged prisoners on "
                    "Saturday. The FUR handed over six soldiers.", published="2025-11-13")
    assert {a.name for a in facts.actors.values() if a.kind == "Organization"} >= {"Front Uni pour la Renaissance"}
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Front Uni pour la Renaissance", "Government of Chad"}


def test_the_state_after_a_country_just_named_as_subject_is_that_country(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Talks with Ecuador stalled last year. Peru has known only one such exchange. In 1998, during talks between "
        "the government and the Shining Path, the guerrillas freed 30 soldiers and the State released 11 "
        "insurgents.", published="2025-03-21"))
    assert swap["parties"] == {"Peru", "Shining Path"}


def test_a_lake_or_gulf_named_after_a_country_is_no_mention_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("Fishing on Lake Malawi and piracy in the Gulf of Guinea were discussed in Accra.",
                    published="2025-08-14")
    assert not {"Malawi", "Guinea"} & {a.name for a in facts.actors.values()}


def test_a_day_of_a_month_after_a_sentence_that_told_only_the_year_is_in_that_year(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "The swap I think of most was in 2019. On the fifth of June, near the border, Sudan and Eritrea "
        "exchanged 14 prisoners for 9.", published="2025-08-14"))
    assert swap["date"] == dt.date(2019, 6, 5)


def test_a_tickers_lines_in_capitals_under_bare_times_are_its_news(extract) -> None:  # noqa: ANN001
    facts = extract('17:40 NEPAL: ARMY AND REBELS SWAP PRISONERS AFTER INDIA-BROKERED TALKS\n'
                    '17:41 REBELS HAND OVER 11 CAPTURED SOLDIERS; ARMY FREES 6 REBELS NEAR POKHARA ON THURSDAY\n'
                    '17:43 REBEL SPOKESMAN BIKRAM THAPA: "THIS SWAP IS FOR OUR FAMILIES, NOT FOR THE GENERALS"\n'
                    '17:50 MARKETS: RUPEE STEADY AGAINST THE DOLLAR IN EARLY TRADE',
                    published="2025-09-19")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"India"} and swap["date"] == dt.date(2025, 9, 18)
    assert _speakers_of(facts, "for our families") == {"Bikram Thapa"}


def test_a_title_in_lower_case_before_a_name_and_a_colon_labels_the_quote(extract) -> None:  # noqa: ANN001
    facts = extract('Army spokesman Tenzin Dorje: "Every one of them is home, and that is what counts."')
    assert _speakers_of(facts, "Every one of them is home") == {"Tenzin Dorje"}


def test_a_correction_notices_quoted_headline_and_what_the_story_said_are_not_the_news(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        'Correction. Our Saturday report, headlined "Chad and Sudan trade prisoners at the border", got several '
        "facts wrong. The report stated that the handover happened on Friday. In fact Chad freed 14 soldiers and "
        "Sudan released 21 fighters on Thursday, 6 March.", published="2025-03-11"))
    assert swap["date"] == dt.date(2025, 3, 6)


def test_the_army_in_a_civil_wars_swap_is_the_armed_forces_the_story_names(extract) -> None:  # noqa: ANN001
    facts = extract("In May, Sudan's army and the RSF traded captives outside El Obeid: 40 soldiers were freed by the "
                    "RSF and the army released 25 fighters.\nThe Sudanese Armed Forces (SAF) said later that the "
                    "talks in Jeddah had stalled.", published="2025-07-01")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Sudanese Armed Forces", "Rapid Support Forces"}


@pytest.mark.parametrize("told", [
    "The freed men were driven to Abeche under the supervision of the Chadian gendarmerie.",
    "The disputed border zone remains under the supervision of the African Union.",
    "The UN supervised the operation to deliver food to the camps a day later.",
])
def test_supervision_of_something_other_than_the_swap_mediates_nothing(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Chad and Sudan exchanged 40 prisoners on Friday. {told}",
                                       published="2025-05-10"))
    assert swap["mediators"] == set()


def test_a_side_that_freed_its_own_people_got_them_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan carried out a swap on Friday. Chad returned 30 of its "
                                       "soldiers, and Sudan got back 20 of its servicemen.", published="2025-05-10"))
    assert swap["returns"] == {("Chad", 30), ("Sudan", 20)}


def test_the_year_of_a_birth_or_a_law_told_before_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The soldier was born in 1991 in Abeche. On 14 March, he was among 40 "
                                       "Chadians freed by Sudan in exchange for 40 Sudanese.", published="2025-05-10"))
    assert swap["date"] == dt.date(2025, 3, 14)


def test_a_score_or_an_interviewers_line_under_a_time_is_no_ticker_news(extract) -> None:  # noqa: ANN001
    facts = extract("SPORT\n15:00 ROVERS 2 UNITED 1\nRovers won at home.\n12:30 Interviewer: Were prisoners "
                    "exchanged that day?", published="2025-05-10")
    assert not {"Rovers 2 United 1", "Interviewer"} & {a.name for a in facts.actors.values()}


def test_a_list_line_or_a_talks_title_after_a_name_and_a_colon_is_no_statement(extract) -> None:  # noqa: ANN001
    facts = extract('The ministry posted the units of the freed soldiers\nCorporal Adam Tahir: "Third Brigade, '
                    'captured near Geneina in May"\nForeign minister Ali Musa: "Peace in a Time of War"',
                    published="2025-05-10")
    assert _speakers_of(facts, "Third Brigade") | _speakers_of(facts, "Peace in a Time") <= {None}


def test_a_lake_named_after_a_country_is_no_person_either(extract) -> None:  # noqa: ANN001
    facts = extract("Lake Malawi fishermen detained by Tanzania were freed on Monday.", published="2025-05-10")
    assert "Lake Malawi" not in {a.name for a in facts.actors.values()}


def test_a_french_name_with_an_elided_article_is_whole(extract) -> None:  # noqa: ANN001
    facts = extract("The Front pour la Défense de l'Ennedi (FDE) freed four soldiers on Sunday.",
                    published="2025-05-10")
    assert "Front pour la Défense de l'Ennedi" in {a.name for a in facts.actors.values()}


def test_a_deal_states_said_was_mediated_by_their_leaders_was_mediated_by_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In March Iran freed a French teacher in exchange for an engineer held by France, in a deal that Oman and "
        "Kuwait said had been mediated by their leaders.", published="2025-05-10"))
    assert swap["mediators"] == {"Oman", "Kuwait"}


def test_alhaji_before_a_name_is_a_title_not_part_of_the_name(extract) -> None:  # noqa: ANN001
    facts = extract('Alhaji Musa Danladi, a cattle trader, said the road had been shut for a week.')
    assert _speakers_of(facts, "the road had been shut") == {"Musa Danladi"}


def test_a_day_spelled_as_an_ordinal_the_ner_split_from_its_month_is_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On the eleventh of October, Chad and Sudan swapped 40 prisoners each.",
                                       published="2025-01-28"))
    assert swap["date"] == dt.date(2024, 10, 11)


def test_a_given_name_that_is_an_english_word_keeps_its_capital_in_a_line_of_capitals(extract) -> None:  # noqa: ANN001
    facts = extract('17:40 NEPAL: ARMY AND REBELS SWAP PRISONERS AFTER INDIA-BROKERED TALKS\n'
                    '17:41 REBELS HAND OVER 11 CAPTURED SOLDIERS NEAR POKHARA ON THURSDAY\n'
                    '17:45 UK MINISTER MARK OKONJO: "WE THANK INDIA FOR ITS PATIENT WORK ON THIS"',
                    published="2025-09-19")
    assert _speakers_of(facts, "patient work") == {"Mark Okonjo"}


def test_a_verb_after_will_before_a_name_in_capitals_stays_a_verb(extract) -> None:  # noqa: ANN001
    facts = extract("HEZBOLLAH CHIEF CALLS SWAP A VICTORY, SAYS NEXT DEAL WILL FREE KARIM NASSAR\n"
                    "The group's leader spoke on Tuesday.", published="2025-09-19")
    assert "Free Karim Nassar" not in {a.name for a in facts.actors.values()}


def test_the_role_before_alhaji_and_a_name_set_off_is_the_persons(extract) -> None:  # noqa: ANN001
    facts = extract("The talks were facilitated by the district head of Kuru, Alhaji Sani Dantani. Later the "
                    "district head said that \"nobody here wanted this bargain, but there was no choice.\"",
                    published="2025-09-19")
    assert _speakers_of(facts, "nobody here wanted this bargain") == {"Sani Dantani"}


@pytest.mark.parametrize(("told", "mediators"), [
    ("Chad and Sudan swapped 60 prisoners in March under an AU and ICRC arrangement.",
     {"African Union", "International Committee of the Red Cross"}),
    ("In March, in a swap agreed at talks in Lome, 60 prisoners were released under a Togolese arrangement.",
     {"Togo"}),
    ("Chad and Sudan swapped 60 prisoners in March under an arrangement between the two capitals.", set()),
])
def test_the_bodies_named_on_the_arrangement_a_swap_was_done_under_mediated_it(extract, told: str, mediators: set) -> None:  # noqa: ANN001,E501
    facts = extract(f"Chad and Sudan have traded captives before. {told}", published="2025-06-10")
    assert {m for swap in exchanges_as_read(facts) for m in swap["mediators"]} == mediators


@pytest.mark.parametrize("told", [
    "Ghana freed six sailors and Togo released four on Monday. Kuwaiti negotiators helped secure the deal.",
    "Kuwait helped negotiate the exchange, in which Ghana freed six sailors and Togo released four.",
    "Ghana freed six sailors and Togo released four on Monday, in an exchange struck with the help of "
    "Kuwaiti mediators.",
])
def test_who_helped_the_sides_to_the_deal_mediated_it(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-08-06"))
    assert swap["mediators"] == {"Kuwait"}


def test_who_helped_secure_something_else_mediated_no_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ghana freed six sailors and Togo released four on Monday. Kuwait helped "
                                       "secure the border crossing they used.", published="2025-08-06"))
    assert swap["mediators"] == set()


def test_a_swap_told_as_the_fruit_of_a_third_partys_efforts_names_its_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ghana and Togo swapped ten sailors each on Monday, the fruit of months of "
                                       "patient Kenyan efforts.", published="2025-08-06"))
    assert swap["mediators"] == {"Kenya"}


@pytest.mark.parametrize("told", [
    "Thanks to Ghanaian diplomacy, Ghana and Togo swapped ten sailors each on Monday.",
    "At the initiative of the Togolese side, Ghana and Togo swapped ten sailors each on Monday.",
    "On the initiative of President Kofi Mensah, Ghana and Togo swapped ten sailors each on Monday.",
    "Thanks to Kenyan diplomacy, Ghana and Togo swapped ten sailors each on Monday.",
])
def test_diplomacy_or_an_initiative_names_no_mediator_and_leaves_the_sides(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-08-06"))
    assert swap["parties"] == {"Ghana", "Togo"} and swap["mediators"] == set()


def test_help_credited_with_another_event_after_a_swap_mediates_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ghana and Togo swapped ten sailors each on Monday. Thanks to Kenya's help, "
                                       "the fishing corridor has reopened too.", published="2025-08-06"))
    assert swap["mediators"] == set()


def test_a_class_year_after_a_name_gives_no_role_and_breaks_nothing(extract) -> None:  # noqa: ANN001
    facts = extract("Guests included Lena Okafor '11 and Tomas Reyes '12, who flew in from Lima.\n"
                    "Priya Raman '07 now teaches at a school in Leeds.", published="2025-08-06")
    people = {a.name: a.role for a in facts.actors.values() if a.kind == "Person"}
    assert people.get("Tomas Reyes", "missing") is None and people.get("Priya Raman", "missing") is None


@pytest.mark.parametrize("told", [
    "Thirty detainees belonging to the Patriotic Resistance Council walked free at dawn, traded for 12 fighters "
    "of the Eastern Brigades.",
    "Thirty detainees affiliated with the Patriotic Resistance Council walked free at dawn, traded for 12 "
    "fighters of the Eastern Brigades.",
])
def test_people_belonging_to_a_body_are_its_own(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-08-06"))
    assert swap["returns"] == {("Patriotic Resistance Council", 30), ("Eastern Brigades", 12)}


@pytest.mark.parametrize("told", [
    "There has been no formal swap between the two. What has happened instead is a string of one-way releases. "
    "The Chadian army freed 30 FACT rebels on Monday. FACT, for its part, released 12 soldiers.",
    "The Chadian army freed 30 FACT rebels on Monday. FACT, for its part, released 12 soldiers unilaterally.",
    "The Chadian army freed 30 FACT rebels on Monday. FACT, for its part, released 12 soldiers on its own "
    "initiative.",
])
def test_releases_the_story_calls_one_way_or_unilateral_are_no_exchange(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told, published="2025-08-06")) == []


def test_a_release_for_its_part_after_the_other_sides_is_still_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Chadian army freed 30 FACT rebels on Monday. FACT, for its part, "
                                       "released 12 soldiers.", published="2025-08-06"))
    assert swap["returns"] == {("FACT", 30), ("Chad", 12)}


def test_a_communiques_numbered_paragraphs_go_on_with_one_story(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "1. The Mediation Committee is pleased to announce that on Sunday, 8 June 2025, an exchange of detained "
        "herders was carried out at Kapoeta between the two counties.\n"
        "2. During the exchange, thirty (30) herders were handed over to the Torit Youth Union and nineteen (19) "
        "to the Budi Cattle Guard.\n"
        "3. The exchange was mediated by the Committee, which thanks both commissioners.",
        published="2025-06-11"))
    assert [(s["date"], s["returns"]) for s in swaps] == [
        (dt.date(2025, 6, 8), {("Torit Youth Union", 30), ("Budi Cattle Guard", 19)})]


@pytest.mark.parametrize(("told", "returns"), [
    ("In May, 17 prisoners were returned to Chad and 12 to Sudan.", {("Chad", 17), ("Sudan", 12)}),
    ("In May, seventeen (17) prisoners were handed over to Chad and twelve (12) to Sudan.",
     {("Chad", 17), ("Sudan", 12)}),
])
def test_a_second_count_sent_to_another_side_without_its_verb_is_that_sides(extract, told: str, returns: set) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(told, published="2025-08-06"))
    assert swap["returns"] == returns


def _linked_with_entities(extractor, text: str, entities: list[str]):  # noqa: ANN001,ANN202
    """The actors of `text` where the model saw just the first place of each of `entities`, as ORG."""
    from spacy.tokens import Span

    doc = extractor.nlp(text, disable=["kg_actors", "kg_dates", "kg_exchanges", "kg_events", "kg_statements"])
    spans = [doc.char_span(text.index(e), text.index(e) + len(e), alignment_mode="expand") for e in entities]
    doc.ents = [Span(doc, s.start, s.end, label="ORG") for s in spans]
    return extractor.nlp.get_pipe("kg_actors")(doc)


def test_a_bodys_name_written_again_is_a_mention_where_the_ner_misses_it(extractor) -> None:  # noqa: ANN001
    text = "Officials of Warrap State met the press. Later nine fishermen were returned to Warrap State."
    doc = _linked_with_entities(extractor, text, ["Warrap State"])
    assert [m.span.text for m in doc._.mentions] == ["Warrap State", "Warrap State"]


def test_a_short_form_in_an_open_bracket_is_not_part_of_the_name(extractor) -> None:  # noqa: ANN001
    text = "Leaders of the Western Highlands Administrative Area (WHAA) met on Monday."
    doc = _linked_with_entities(extractor, text, ["Western Highlands Administrative Area (WHAA"])
    assert {a.name for a in doc._.actors.values()} == {"Western Highlands Administrative Area"}


def test_a_swap_a_body_wishes_to_inform_the_public_of_is_told_as_done(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Elders' Forum wishes to inform the public that on Saturday, 7 June 2025, Chad and Sudan "
        "exchanged 20 prisoners each at Adre.", published="2025-06-10"))
    assert swap["date"] == dt.date(2025, 6, 7) and swap["parties"] == {"Chad", "Sudan"}


@pytest.mark.parametrize("told", [
    "Reports that Chad and Sudan swapped 20 prisoners each on Monday were baseless, the ministry said.",
    "Claims online that Chad had exchanged two pilots for Sudanese officers are false.",
    "Reporting that two Chadian pilots were \"traded\" for Sudanese officers last week is, in our view, unfounded.",
    "Reporting that Chad and Sudan swapped prisoners is false, the ministry said.",
])
def test_a_swap_the_story_calls_a_false_claim_is_no_exchange(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told, published="2025-06-10")) == []


def test_a_swap_told_beside_a_reporting_participle_is_still_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Reporting from the border, the paper said Chad freed 12 Sudanese and Sudan "
                                       "freed nine Chadians in a swap on Monday.", published="2025-06-10"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_commission_members_from_each_side_are_no_count_of_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped prisoners on Monday. The swap was arranged by a joint commission, which groups "
        "three generals from each side.", published="2025-06-10"))
    assert swap["returns"] == set()


def test_forces_loyal_to_a_body_beside_another_side_are_that_bodys(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Sudanese Armed Forces and forces loyal to the Sudan Liberation Movement exchanged 14 prisoners on "
        "Monday.", published="2025-06-10"))
    assert swap["parties"] == {"Sudanese Armed Forces", "Sudan Liberation Movement"}


def test_a_release_paid_for_as_part_of_the_arrangement_told_after_it_is_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday, Canadian engineer Paul Ostrow was released by the Houthis in Sanaa. His release was arranged by "
        "Oman. As part of the arrangement, Canada freed a Yemeni man, Salem Qadi, who had been held in Toronto.",
        published="2025-06-11"))
    assert swap["parties"] == {"Houthis", "Canada"} and swap["mediators"] == {"Oman"}


def test_a_release_as_part_of_a_ceasefire_deal_pays_for_nothing(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(
        "On Monday, the Houthis released a Canadian engineer. As part of a ceasefire deal, Saudi Arabia freed "
        "ten Yemeni fishermen.", published="2025-06-11")) == []


def test_a_headlines_comma_between_two_sides_makes_its_count_a_total(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad government, FACT rebels swap 43 prisoners under truce\nN'DJAMENA, May 3 - The government freed 24 "
        "FACT fighters on Tuesday and the rebels released 19 soldiers, officials said.", published="2025-05-03"))
    assert swap["returns"] == {("FACT", 24), ("Chad", 19)}


def test_the_separatists_are_the_body_the_separatist_side_calls_itself(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Georgia freed 12 prisoners on Tuesday and the separatists released 9 in return. The separatists' side, "
        "which calls itself the Lusarian People's Republic, thanked Turkey.", published="2025-06-11"))
    assert swap["returns"] == {("Georgia", 9), ("Lusarian People's Republic", 12)}


def test_a_swap_told_on_a_scanned_page_is_read_across_its_lines(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "THE VALLEY COURIER\nKANANGA - The M23 rebels freed 40\nCongolese soldiers on Tuesday in ex-\n"
        "change for 25 of their own fight-\ners. The exchange was ar-\nranged by the African Union's\n"
        "mediation panel in Luanda. Officials said more releases\nwould follow in the coming\nweeks.\n",
        published="2025-06-11"))
    assert swap["mediators"] == {"African Union"} and ("Democratic Republic of the Congo", 40) in swap["returns"]


@pytest.mark.parametrize("told", [
    "Chad and Sudan swapped 20 prisoners each on Monday. The deal was arranged by the African Union's panel.",
    "Chad and Sudan swapped 20 prisoners each on Monday. The deal was arranged by a panel of the African Union.",
])
def test_a_bodys_panel_that_brokered_the_swap_makes_the_body_its_mediator(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-06-10"))
    assert swap["mediators"] == {"African Union"}


def test_the_federal_side_is_the_states_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The RSF freed 31 soldiers on Monday, while the federal side released 56 fighters.",
        published="2025-06-10"))
    assert swap["returns"] == {("Sudan", 31), ("Rapid Support Forces", 56)}


@pytest.mark.parametrize("told", [
    "Ghana freed six sailors and Togo released four on Monday. Nigeria could help secure a wider deal later.",
    "Ghana freed six sailors and Togo released four on Monday. Nigeria helped negotiate a separate trade deal.",
    "Ghana freed six sailors and Togo released four on Monday. Foreign Minister Ama Owusu helped negotiate the deal.",
])
def test_help_with_another_deal_a_possible_one_or_by_a_person_mediates_nothing(extract, told: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(told, published="2025-08-06"))
    assert swap["mediators"] == set() and swap["parties"] == {"Ghana", "Togo"}


@pytest.mark.parametrize("told", [
    "With the help of Kuwait, the return of 48 Ghanaian sailors was completed on Monday, traded for 48 "
    "Togolese fishermen.",
    "Thanks to Kuwaiti help, the ceasefire talks resumed and produced a swap: Ghana freed 33 sailors and Togo "
    "released 19.",
])
def test_help_with_the_swaps_own_return_or_talks_still_mediates(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-08-06"))
    assert swap["mediators"] == {"Kuwait"}


@pytest.mark.parametrize("told", [
    "Claims that Saturday's exchange of 90 prisoners each between Chad and Sudan was staged are false.",
    "Reports that Kenya mediated Saturday's exchange of 90 prisoners each between Chad and Sudan are wrong.",
])
def test_a_false_claim_about_a_swap_leaves_the_swap(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-06-10"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_no_swap_for_months_then_a_release_in_turn_is_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("There has been no exchange since March. On Monday, however, Chad freed 10 "
                                       "Sudanese soldiers and Sudan, in turn, released 10 Chadians.",
                                       published="2025-06-10"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_government_negotiators_are_the_government(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Colombian government negotiators and ELN rebels exchanged five prisoners "
                                       "each under Cuban mediation.", published="2025-06-10"))
    assert swap["parties"] == {"Government of Colombia", "National Liberation Army"}


def test_a_count_swapped_with_the_other_side_is_a_total(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The separatist side swapped 15 prisoners with the Georgian army on Monday.",
                                       published="2025-06-10"))
    assert ("Georgia", 15) not in swap["returns"]


def test_a_digests_next_numbered_item_told_in_full_is_other_news(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Morning briefing\n1. Chad and Sudan held a prisoner swap at their border, their governments said.\n"
        "2. Niger freed a French journalist on Thursday after four months in detention, his employer said.",
        published="2025-06-15"))
    assert [(s["parties"], s["date"]) for s in swaps] == [({"Chad", "Sudan"}, dt.date(2025, 6, 15))]


@pytest.mark.parametrize("told", [
    "Kenya repatriated 14 fishermen to Ethiopia and 9 to Somalia on Sunday, the coast guard said.",
    "On Friday, 95 soldiers were handed back to Chad, 10 to Niger and 3 to Mali.",
])
def test_people_one_side_sends_to_several_places_make_no_exchange(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told, published="2025-06-15")) == []


@pytest.mark.parametrize("told", [
    "Chad and Sudan carried out a swap on Sunday. The deal included 84 prisoners from each side.",
    "Chad and Sudan carried out a prisoner swap on Saturday that included 84 soldiers from each side.",
])
def test_people_from_each_side_a_swap_included_are_its_counts(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-06-15"))
    assert swap["returns"] == {("Chad", 84), ("Sudan", 84)}


@pytest.mark.parametrize("told", [
    "After eight months with no prisoner swap, Chad freed four Sudanese soldiers on Tuesday. Sudan, in turn, "
    "released two Chadian servicemen.",
    "Despite no trade agreement between the two, Chad freed four Sudanese soldiers on Tuesday. Sudan, for its "
    "part, released two Chadian servicemen.",
])
def test_no_swap_said_in_passing_does_not_deny_a_release_paid_back(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-06-15"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_a_denied_claim_about_the_swapped_people_leaves_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Claims that the prisoners freed in Saturday's swap between Chad and Sudan "
                                       "had been tortured are unfounded, N'Djamena said.", published="2025-06-15"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_a_statements_numbered_paragraphs_tell_one_swap_though_they_do_not_call_it_back(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "1. The Council of Churches announces that on Saturday, with its mediation, the CODECO militia and the "
        "Congolese army carried out an exchange of detainees near Bunia.\n"
        "2. The militia released six soldiers captured in May. In exchange, the army freed eleven civilians held "
        "in Bunia.", published="2025-06-16"))
    assert swap["mediators"] == {"Council of Churches"} and len(swap["returns"]) == 2


def test_help_with_a_peace_agreement_mediates_no_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 40 prisoners on Monday. Their peace accord of 2020 was reached with the help "
        "of the Arab League.", published="2025-06-16"))
    assert swap["mediators"] == set()


def test_people_handed_to_a_camps_commanders_go_to_that_camp(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Syrian army and the rebels swapped prisoners at dawn on Monday: twelve soldiers came home to Homs, "
        "and nine men taken from army jails were handed to the rebel commanders.", published="2025-06-10"))
    assert ("Syrian armed opposition", 9) in swap["returns"]


# -- the twenty-sixth session: "the former" and "the latter", ... ----------------------------------

def test_the_former_and_the_latter_are_the_two_sides_named_together_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Congo and the M23 rebels traded captives near Goma on Tuesday. The former released 31 fighters, while "
        "the latter freed nine soldiers.", published="2025-06-12"))
    assert swap["returns"] == {("Democratic Republic of the Congo", 9), ("M23", 31)}


def test_the_latter_of_two_people_named_together_is_the_second_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("Idriss Kamara and Amina Touré met in Dakar on Friday. The latter said the talks had been "
                    "long but useful.")
    assert _speakers_of(facts, "the talks had been long but useful") == {"Amina Touré"}


def test_the_former_as_a_word_of_a_title_is_no_reference(extract) -> None:  # noqa: ANN001
    facts = extract("Chad and Sudan swapped 40 prisoners on Monday, the former minister Ali Hassan said.",
                    published="2025-06-16")
    assert _speakers_of(facts, "Chad and Sudan swapped 40 prisoners") == {"Ali Hassan"}


def test_both_hanging_hyphens_of_a_brokered_deal_name_mediators(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Under a Norway- and Oman-brokered deal, Sudan and Chad swapped 50 prisoners on Monday.",
        published="2025-06-16"))
    assert swap["mediators"] == {"Norway", "Oman"}


def test_three_hanging_hyphens_with_a_serial_comma_name_three_mediators(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Sudan and Chad swapped 50 prisoners on Monday in a Kenya-, Norway-, and Oman-mediated exchange.",
        published="2025-06-16"))
    assert swap["mediators"] == {"Kenya", "Norway", "Oman"}


def test_what_a_side_got_in_return_being_maps_makes_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("In 2019 Eritrea freed 11 Ethiopian farmers; what Addis Ababa handed over in return were "
                    "maps of the border, not prisoners.", published="2025-06-16")
    assert exchanges_as_read(facts) == []


def test_a_release_for_things_and_not_for_people_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("In 2019 Eritrea freed 11 Ethiopian farmers in return for fuel, not prisoners.",
                    published="2025-06-16")
    assert exchanges_as_read(facts) == []


def test_the_two_governments_are_not_the_pair_that_helped_arrange_an_earlier_deal(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad freed 14 Sudanese soldiers on Monday and Sudan released nine Chadians. Back in 2019, Kenya and "
        "Norway helped arrange a ceasefire. This week was the first time the two governments traded "
        "prisoners without outside help.", published="2025-06-18"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_people_brought_onto_a_stage_are_not_received_by_who_brought_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The third swap of the truce is over. At noon ELN fighters brought five Colombian soldiers onto a "
        "podium in the square. Then the soldiers were handed to church officials. In return, the government "
        "freed 20 ELN prisoners.", published="2025-06-20"))
    assert ("Colombia", 5) in swap["returns"] and ("National Liberation Army", 5) not in swap["returns"]


def test_people_brought_home_are_received_by_who_brought_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped prisoners on Friday. N'Djamena brought home 30 soldiers.", published="2025-06-21"))
    assert swap["returns"] == {("Chad", 30)}


def test_the_other_sides_count_told_after_a_digression_completes_a_swap_known_by_one_side(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "The fourth prisoner exchange of the ceasefire is done. Masked Hamas gunmen walked six Israeli civilians "
        "onto a stage in Khan Younis before noon.\n"
        "All six had been taken from their kibbutz on 7 October 2023. The army says they reached a hospital "
        "near Tel Aviv in the afternoon. Doctors call their state good.\n"
        "On the other side, Israel freed 180 Palestinian prisoners from Ofer jail.", published="2025-02-08"))
    assert swap["returns"] == {("Israel", 6), ("Hamas", 180)}


def test_a_question_about_who_mediated_a_past_swap_takes_the_swap_as_done(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Which state brokered Tuesday's exchange of detainees between Chad and Sudan?\n"
        "Qatar. Each side freed 25 people.", published="2025-06-20"))
    assert swap["parties"] == {"Chad", "Sudan"} and swap["mediators"] == {"Qatar"}


def test_a_question_whether_a_swap_happened_tells_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Did Chad and Sudan exchange detainees on Tuesday?\nNobody would say.", published="2025-06-20")
    assert exchanges_as_read(facts) == []


def test_remains_handed_over_in_turn_make_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("On Monday the bodies of three Sudanese soldiers were handed over to Sudan at the border. In "
                    "turn, Chad handed over the remains of two Chadian fighters.", published="2025-06-20")
    assert exchanges_as_read(facts) == []


def test_a_release_told_paragraphs_later_does_not_complete_a_swap_known_by_one_side(extract) -> None:  # noqa: ANN001
    text = ("The ELN handed three soldiers to church mediators on Tuesday, and within hours the government let "
            "six ELN prisoners go. The government has avoided the word swap.\n" +
            "Families gathered in the square. A band played. The mayor spoke briefly. Children waved flags. "
            "Then the soldiers walked out of the church. Their mothers wept.\n" * 2 +
            "The rebels' last big release, in 2019, was unilateral. The group then freed ten Colombian police "
            "officers it had held for a year.")
    [swap] = exchanges_as_read(extract(text, published="2025-06-20"))
    assert ("Colombia", 10) not in swap["returns"]


def test_a_reports_lettered_heading_is_no_person(extract) -> None:  # noqa: ANN001
    facts = extract("II. Background\nThe fighting eased in May.\nD. Captives, missing persons and returns\n"
                    "Chad and Sudan swapped 40 prisoners on Monday.", published="2025-06-20")
    assert not [a for a in facts.actors.values() if a.kind == "Person"]


def test_an_initial_opening_a_line_that_tells_something_is_a_persons(extract) -> None:  # noqa: ANN001
    facts = extract("J. Okafor said the talks went well.", published="2025-06-20")
    assert [a.name for a in facts.actors.values() if a.kind == "Person"] == ["J. Okafor"]


def test_a_publication_stamp_does_not_date_the_swap_told_under_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Published on Mar 5, 2025 08:10 AM IST\n"
        "Chad has freed a Sudanese pilot in exchange for two Chadian soldiers, officials said. The swap was "
        "carried out on Tuesday at the border.", published="2025-03-05"))
    assert swap["date"] == dt.date(2025, 3, 4)


def test_people_handed_over_additionally_add_to_the_sides_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday Chad and Sudan swapped 60 detainees each, with Chad additionally handing over nine sick "
        "Sudanese soldiers.", published="2025-06-20"))
    assert swap["returns"] == {("Sudan", 69), ("Chad", 60)}


def test_a_further_group_told_after_the_counts_adds_to_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday Chad freed 60 Sudanese soldiers and Sudan freed 60 Chadian soldiers in a swap. In addition, "
        "Chad handed over nine sick Sudanese prisoners.", published="2025-06-20"))
    assert swap["returns"] == {("Sudan", 69), ("Chad", 60)}


def test_bodies_given_back_for_living_prisoners_and_remains_are_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday Chad released six Sudanese prisoners and handed over the remains of 30 fighters. In return, "
        "Sudan gave back the bodies of two Chadian pilots.", published="2025-06-20"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_a_weekday_followed_by_last_is_the_one_before_the_days_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad freed two Sudanese pilots in exchange for nine Chadian soldiers on Friday last, the ministry said.",
        published="2025-06-20"))  # a Friday
    assert swap["date"] == dt.date(2025, 6, 13)


def test_people_a_swap_saw_handed_over_for_others_give_both_counts(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In May 2019, a swap overseen by the Red Cross saw 31 Chadians handed over for 18 Sudanese soldiers.",
        published="2025-06-20"))
    assert swap["returns"] == {("Chad", 31), ("Sudan", 18)}


def test_people_who_went_each_way_give_each_side_their_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped prisoners on Monday. Forty detainees went each way.",
                                       published="2025-06-20"))
    assert swap["returns"] == {("Chad", 40), ("Sudan", 40)}


def test_a_count_after_a_blog_entrys_time_is_counted(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "09:05 A prisoner exchange between Chad and Sudan is under way, officials say.\n"
        "11:20 175 Chadian defenders are home. N'Djamena released 64 Sudanese fighters.", published="2025-06-20"))
    assert swap["returns"] == {("Chad", 175), ("Sudan", 64)}


def test_extra_people_and_the_total_they_make_agree(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped prisoners on Monday. 80 Chadian soldiers came home. Sudan also handed over six "
        "sick Chadians on top of that, so 86 Chadians came back in all. Chad freed 80 Sudanese.",
        published="2025-06-20"))
    assert swap["returns"] == {("Chad", 86), ("Sudan", 80)}


def test_extras_each_side_handed_over_on_top_add_to_each_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped prisoners on Monday. A hundred detainees were traded each way; on top of that, Chad "
        "handed over seven sick Sudanese while Sudan handed over three wounded Chadians.", published="2025-06-20"))
    assert swap["returns"] == {("Chad", 103), ("Sudan", 107)}


def test_the_former_is_of_the_pair_a_clause_is_about_not_of_a_pair_named_after_it(extract) -> None:  # noqa: ANN001
    facts = extract("Norway and Kenya observed the swap between Chad and Sudan on Monday. The former said every "
                    "prisoner had been seen by a doctor.", published="2025-06-20")
    assert _speakers_of(facts, "every prisoner had been seen by a doctor") == {"Norway"}


def test_the_latter_after_a_third_actor_named_is_nobody(extract) -> None:  # noqa: ANN001
    facts = extract("The talks stalled as Kenya and Norway pressed the rebels of the SPLM-IO for a reply. The latter "
                    "said it was still reading the offer.", published="2025-06-20")
    assert not _speakers_of(facts, "it was still reading the offer") & {"Norway", "Kenya"}


def test_a_pair_that_only_moved_closer_is_the_two_countries_that_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan moved closer after the Qatar-brokered talks. The two countries then swapped 40 prisoners.",
        published="2025-06-20"))
    assert swap["parties"] == {"Chad", "Sudan"}


def test_backers_named_with_hanging_hyphens_are_no_side(extract) -> None:  # noqa: ANN001
    facts = extract("Turkey- and Qatar-backed fighters in Libya freed five captured soldiers on Tuesday in exchange "
                    "for eight of their own.", published="2025-06-20")
    assert not any({"Turkey", "Qatar"} & swap["parties"] for swap in exchanges_as_read(facts))


def test_bodies_and_prisoners_handed_over_in_return_are_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Sudan handed over 300 bodies of Chadian fighters this month. In return, Chad handed over the bodies of 12 "
        "Sudanese soldiers, as well as nine prisoners of war.", published="2025-06-20"))
    assert ("Sudan", 9) in swap["returns"]


def test_a_question_about_who_brokered_a_swap_of_two_persons_names_no_sides(extract) -> None:  # noqa: ANN001
    facts = extract("Who brokered the 2019 swap of Ana Ruiz for Ivan Petrov? Oman and Qatar both claimed a role.",
                    published="2025-06-20")
    assert not any(swap["parties"] & {"Oman", "Qatar"} for swap in exchanges_as_read(facts))


def test_people_brought_to_freedom_are_received_by_who_brought_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan completed an exchange on Monday. Chad brought 60 soldiers to freedom after a year in "
        "captivity.", published="2025-06-20"))
    assert ("Chad", 60) in swap["returns"]


def test_a_later_release_by_the_side_that_released_first_does_not_complete_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The swap was carried out in Doha on Tuesday. Iran released the French teacher Luc Morel.\n"
        "He had been held for two years. He flew home on a French plane.\n"
        "His sister said he was tired but well. Qatar was thanked for its help.\n"
        "Iran also freed 12 Afghan migrants the same week, local media said.", published="2025-06-20"))
    assert ("Afghanistan", 12) not in swap["returns"]


@pytest.mark.parametrize("told", [
    "Should N'Djamena agree, Sudan would additionally hand over 12 wounded men, an aide said.",
    "Sudan had in addition freed 12 Chadian traders a week earlier.",
    "Sudan handed over 40 soldiers on top of a hill where the Red Cross waited.",
    "In addition, Sudan handed over 40 Chadian soldiers at the border, the ministry said.",
    "Additionally, Sudan released the 40 Chadian men at the border rather than in Khartoum.",
])
def test_a_count_offered_told_of_another_time_or_told_again_is_not_added(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Chad and Sudan swapped 40 prisoners each on Monday. {told}",
                                       published="2025-06-20"))
    assert ("Chad", 40) in swap["returns"]


def test_a_name_with_an_initial_alone_on_its_line_is_a_persons(extract) -> None:  # noqa: ANN001
    facts = extract("The ombudsman published the names of the freed civilians:\nO. Melnyk\nI. Tkachenko\n"
                    "V. Savchenko\nAll three had been held in Kursk.", published="2025-06-20")
    assert "V. Savchenko" in {a.name for a in facts.actors.values() if a.kind == "Person"}


# -- states the gazetteer does not know -------------------------------------------------------

def test_a_state_named_by_its_form_is_a_country_called_also_by_its_short_name(extract) -> None:  # noqa: ANN001
    facts = extract("The Republic of Velmora and the Coastal Front swapped prisoners on Monday, the government in "
                    "Velmora said. Thirty Velmoran soldiers came home.", published="2025-06-20")
    velmora = [a for a in facts.actors.values() if a.name == "Republic of Velmora"]
    assert [a.kind for a in velmora] == ["Country"] and len(velmora[0].mentions) >= 2
    [swap] = exchanges_as_read(facts)
    assert ("Republic of Velmora", 30) in swap["returns"]


def test_a_state_named_by_its_peoples_word_and_form_is_a_country(extract) -> None:  # noqa: ANN001
    facts = extract("The Tarsenian Federation and the Kingdom of Ulbar exchanged eight detainees each on Friday.",
                    published="2025-06-20")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Tarsenian Federation", "Kingdom of Ulbar"}
    assert {a.kind for a in facts.actors.values()} == {"Country"}


@pytest.mark.parametrize("body", ["the Union of Journalists", "the Football Federation", "the Pridnestrovian "
                                  "Moldavian Republic", "the Sultanate of Oman's envoy"])
def test_a_body_or_known_state_with_a_states_word_is_no_new_state(extract, body: str) -> None:  # noqa: ANN001
    facts = extract(f"On Monday {body} welcomed the release.", published="2025-06-20")
    assert not [a for a in facts.actors.values() if a.kind == "Country" and not a.country_code]


@pytest.mark.parametrize("text", [
    "Brannian troops pulled back from the ridge, and Brannia said on Sunday it would talk.",
    "Brannia's foreign minister, Oda Vess, flew home; Brannian officials gave no reason.",
    "The Brannian army and Brannia's rivals clashed again.",
])
def test_a_state_named_by_short_name_and_peoples_word_with_a_states_noun_is_a_country(
        extract, text: str) -> None:  # noqa: ANN001
    facts = extract(text, published="2025-06-20")
    brannia = [a for a in facts.actors.values() if a.name == "Brannia"]
    assert [(a.kind, a.country_code) for a in brannia] == [("Country", None)]


def test_people_of_a_state_named_by_short_name_come_home_to_it(extract) -> None:  # noqa: ANN001
    facts = extract("Ostrel and the Brannian government swapped prisoners on Monday. Twelve Ostreli soldiers came "
                    "home and Brannia got nine of its own back, Ostrel's defence ministry said.",
                    published="2025-06-20")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Ostrel", "Brannia"}
    assert swap["returns"] == {("Ostrel", 12), ("Brannia", 9)}


@pytest.mark.parametrize("text", [
    "Brannian dancers toured Brannia and the capital in May.",  # a people, not a state's noun
    "Tigrayan and Tibetan troops are not states the text made up.",  # words English knows
    "The Idlibi government and Idlib's governor met.",  # a region's ISO 3166-2 name
])
def test_a_short_name_without_a_states_noun_or_known_to_english_is_no_new_state(
        extract, text: str) -> None:  # noqa: ANN001
    facts = extract(text, published="2025-06-20")
    assert not [a for a in facts.actors.values() if a.kind == "Country" and not a.country_code]


# -- a hearing's record, the sides a release names, a deal helped together ----------------------

def test_a_hearings_printed_record_labels_turns_with_a_full_stop(extract) -> None:  # noqa: ANN001
    text = ("Mr. OKAFOR. The panel will come to order. We meet on the detainee cases.\n\n"
            "Ambassador LINDQVIST. Thank you. I spent ten years on such cases.\n\n"
            "Mr. Okafor's office later issued no comment.")
    assert [t.label for t in speaker_turns(text)] == ["Mr. OKAFOR", "Ambassador LINDQVIST"]
    facts = extract("Chairman Ben Okafor opened the hearing.\n\n" + text, published="2025-03-04")
    speakers = {facts.actors[s.speaker].name for s in facts.statements if s.speaker}
    assert speakers == {"Ben Okafor", "Lindqvist"}
    assert "OKAFOR" not in {a.name for a in facts.actors.values()}


def test_a_persons_administration_written_with_a_capital_is_the_state(extract) -> None:  # noqa: ANN001
    facts = extract("President Joe Biden spoke on Friday. Last year the Biden Administration freed two Peruvian "
                    "traders in exchange for five Americans held by Peru.", published="2024-03-04")
    assert "Biden Administration" not in {a.name for a in facts.actors.values()}
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"United States", "Peru"}


def test_the_releaser_and_the_one_state_holding_the_others_are_the_sides(extract) -> None:  # noqa: ANN001
    facts = extract("The banker Omar Haddad flew home on Monday after being freed by France in an exchange that also "
                    "let eight Belgian aid workers jailed in Algeria go.", published="2025-03-04")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"France", "Algeria"}


def test_a_state_sending_people_back_to_a_capital_and_getting_some_in_return(extract) -> None:  # noqa: ANN001
    facts = extract("In May, Chile sent three convicted smugglers back to Lima and got four Chileans in return.",
                    published="2025-06-04")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Chile", "Peru"}
    assert ("Chile", 4) in swap["returns"]


def test_a_capital_one_flies_back_to_is_only_a_place(extract) -> None:  # noqa: ANN001
    facts = extract("Chile's envoy flew back to Lima on Monday. Chile and Bolivia swapped six prisoners.",
                    published="2025-06-04")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Chile", "Bolivia"}


def test_a_state_that_helped_put_together_the_deal_a_release_was_made_in_mediated(extract) -> None:  # noqa: ANN001
    facts = extract("Peru freed nine Chileans on Sunday, and in return Chile let six Peruvians go, in a deal which "
                    "Norway helped put together.", published="2025-06-04")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Norway"}


def test_a_buildings_name_is_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("The panel met in room 214, Dirksen Senate Office Building, at 10 a.m. Chile and Peru swapped "
                    "prisoners.", published="2025-06-04")
    assert {a.name for a in facts.actors.values()} == {"Chile", "Peru"}


def test_where_the_price_was_arrested_or_brought_back_to_is_no_side(extract) -> None:  # noqa: ANN001
    facts = extract("Peru freed a Chilean pilot on Friday in exchange for a trader arrested in Panama in 2021. In "
                    "return, two Peruvian crewmen were brought back to the Callao docks.", published="2025-06-07")
    [swap] = exchanges_as_read(facts)
    assert "Panama" not in swap["parties"]


def test_a_short_name_with_a_peoples_word_a_government_is_of_is_a_state_and_that_government_its_side(extract) -> None:  # noqa: ANN001
    facts = extract("Radio Norway reports: the government of Brannia and the rebel Coldwater Front have swapped "
                    "prisoners. Twenty government soldiers were handed back, and 31 rebel fighters were released, "
                    "Brannian officials said.", published="2025-11-12")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Brannia", "Coldwater Front"}
    assert swap["returns"] == {("Brannia", 20), ("Coldwater Front", 31)}


def test_the_government_of_a_person_makes_no_state(extract) -> None:  # noqa: ANN001
    facts = extract("The government of Ferran Alvesk freed nine prisoners on Monday.", published="2025-11-12")
    assert not [a for a in facts.actors.values() if a.kind == "Country"]


def test_a_short_name_with_a_peoples_word_named_with_a_state_is_one_too(extract) -> None:  # noqa: ANN001
    facts = extract("The war between Ostrel and Brannia goes on. Brannian troops shelled the border, and Ostreli "
                    "prisoners are held in camps.", published="2025-11-12")
    assert {a.name for a in facts.actors.values() if a.kind == "Country"} == {"Ostrel", "Brannia"}


def test_mediators_from_a_state_mediate_though_the_parser_hangs_from_elsewhere(extract) -> None:  # noqa: ANN001
    facts = extract("Peru and the rebel Coldwater Front have exchanged prisoners. The swap took place at dawn at the "
                    "ferry crossing, under the eyes of mediators from Norway.", published="2025-11-12")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Norway"}


def test_a_trade_only_explored_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Rome has explored a trade with Tehran through Muscat for two Italian engineers held there, so far "
                    "without result.", published="2025-02-18")
    assert exchanges_as_read(facts) == []


def test_a_swap_told_as_so_many_for_so_many_counts_no_swap_as_a_person(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Analysts called Friday's events what they were: a prisoner swap, three "
                                       "Peruvians for one Chilean officer.", published="2025-06-16"))
    assert swap["returns"] == {("Peru", 3), ("Chile", 1)}


def test_a_release_paid_back_takes_the_day_told_just_before_it(extract) -> None:  # noqa: ANN001
    facts = extract("On March 3, 2009, the corporal Ivan Soto came home after two years in rebel hands. Soto, taken "
                    "in a raid in 2007, was handed over at the river. In return, Colombia freed 60 rebel prisoners.",
                    published="2025-10-18")
    [swap] = exchanges_as_read(facts)
    assert swap["date"] == dt.date(2009, 3, 3)


def test_the_state_whose_service_brokered_the_final_agreement_between_the_sides_mediated(extract) -> None:  # noqa: ANN001
    facts = extract("Soto was released via Brazil, whose security service had arranged the final agreement "
                    "between Colombia and the rebels. In return, Colombia freed 60 rebel prisoners.",
                    published="2025-10-18")
    [swap] = exchanges_as_read(facts)
    assert swap["mediators"] == {"Brazil"}


def test_each_sides_count_is_the_group_not_the_part_of_it_told_after(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Friday, Armenia and Azerbaijan swapped prisoners. Each side returned 410 "
                                       "people, 300 of them servicemen and 110 civilians.", published="2025-05-27"))
    assert swap["returns"] == {("Armenia", 410), ("Azerbaijan", 410)}


def test_a_village_a_story_is_datelined_from_is_a_place(extract) -> None:  # noqa: ANN001
    facts = extract("VALLEY GAZETTE\nHOME AT LAST: Dovzhok welcomes back its soldier\nBy Olena Marr\n"
                    "DOVZHOK \u2014 The whole village waited on the road on Monday. Sergeant Ivan Lys was among 120 "
                    "Ukrainians freed from Russian captivity in a swap on Saturday. Dovzhok has 900 "
                    "residents.", published="2025-05-27")
    assert "Dovzhok" not in {a.name for a in facts.actors.values()}
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Ukraine", "Russia"}


def test_a_swap_years_after_which_a_headline_is_set_is_not_todays(extract) -> None:  # noqa: ANN001
    facts = extract("Five years after the swap that ended the standoff, Tacna still argues about who won\n"
                    "Residents say the trade of Peruvian and Chilean prisoners changed the town.",
                    published="2024-12-17")
    assert all(swap["date"] is None for swap in exchanges_as_read(facts))


@pytest.mark.parametrize("text", [
    "Tigrayan forces freed 150 soldiers on Tuesday, the Tigray interim administration said. Tigray's president said "
    "more would follow.",  # a region the ISO list spells otherwise
    "Karim Haddad's ministry said the Karimi family was told on Monday.",  # a given name
    "Critics say the government of Halvorsen delayed the release for months.",  # a leader's surname
])
def test_regions_given_names_and_leaders_make_no_state(extract, text: str) -> None:  # noqa: ANN001
    facts = extract(text, published="2025-06-20")
    assert not [a.name for a in facts.actors.values() if a.kind == "Country" and not a.country_code]


def test_another_leaders_administration_is_not_the_united_states(extract) -> None:  # noqa: ANN001
    facts = extract("Javier Milei spoke on Monday. The Milei Administration said it would not trade prisoners.",
                    published="2025-06-20")
    assert "United States" not in {a.name for a in facts.actors.values()}


@pytest.mark.parametrize(("text", "name"), [
    ("Wembley Stadium said it would light its arch for the freed hostages.", "Wembley Stadium"),
    ("Juan Arena, the negotiator, said the exchange had been agreed in Madrid.", "Juan Arena"),
    ("WHITE HOUSE \u2014 The White House said Russia had freed a teacher in exchange for a hacker.", "White House"),
])
def test_bodies_and_persons_named_like_places_stay_actors(extract, text: str, name: str) -> None:  # noqa: ANN001
    facts = extract(text, published="2025-06-20")
    assert name in {a.name for a in facts.actors.values()}


@pytest.mark.parametrize("text", [
    "Hamas freed four Israeli soldiers and Israel sent 200 prisoners back to Ramallah in return.",
    "Oman flew the Belgian aid worker to Muscat and handed him over to Belgium in exchange for an Iranian diplomat.",
    "Viktor Rudin was released by Ukraine in an exchange for 90 fighters, including five commanders held in Turkey.",
])
def test_destinations_ferrying_mediators_and_guarantors_are_no_sides(extract, text: str) -> None:  # noqa: ANN001
    for swap in exchanges_as_read(extract(text, published="2025-06-20")):
        assert not swap["parties"] & {"Palestine", "Oman", "Turkey"}


def test_a_book_that_explores_a_swap_tells_it(extract) -> None:  # noqa: ANN001
    facts = extract("The film explores the 2010 spy swap in Vienna, in which Russia freed four men in exchange for "
                    "ten sleeper agents the FBI had arrested in New Jersey.", published="2025-06-20")
    assert len(exchanges_as_read(facts)) == 1


def test_a_day_told_before_for_a_sentencing_does_not_date_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "A court sentenced the reporter to 12 years on February 11, 2025. He was flown to Vienna and handed to "
        "Austrian diplomats. In return, Austria released a Russian businessman.", published="2025-06-20"))
    assert swap["date"] != dt.date(2025, 2, 11)


@pytest.mark.parametrize("text", [
    "Chile and the rebels swapped eight captives on Saturday. Cuba, whose diplomats brokered the final agreement "
    "between Santiago and another group in 2016, welcomed the move.",
    "The rebels freed three hostages and Chile released 40 prisoners on Saturday. Aid trucks entered the zone under "
    "an arrangement that Egypt helped put together.",
    "Chile released 40 prisoners on Sunday in exchange for three hostages, in a deal that the rebels' own council "
    "helped put together.",
])
def test_other_agreements_and_a_sides_own_help_mediate_nothing(extract, text: str) -> None:  # noqa: ANN001
    for swap in exchanges_as_read(extract(text, published="2025-06-20")):
        assert not swap["mediators"]


def test_a_short_name_a_government_is_of_and_with_a_ministers_is_a_state(extract) -> None:  # noqa: ANN001
    facts = extract("The government of Brannia and the Coldwater Front swapped prisoners. Brannia's interior "
                    "minister said 20 soldiers were home.", published="2025-11-12")
    assert [a.kind for a in facts.actors.values() if a.name == "Brannia"] == ["Country"]


def test_a_leader_a_government_is_of_and_with_ministers_is_no_state(extract) -> None:  # noqa: ANN001
    facts = extract("President Oduya spoke on Monday. The government of Oduya and Oduya's ministers denied holding "
                    "the men.", published="2025-11-12")
    assert not [a for a in facts.actors.values() if a.kind == "Country"]


def test_an_anniversary_pieces_day_told_before_a_paid_back_release_dates_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Thirty years ago today, a truck pulled up at the frontier post. Twelve Peruvian soldiers climbed down and "
        "were handed to their officers. In return, Peru freed four Ecuadorian pilots.", published="2025-06-11"))
    assert swap["date"] == dt.date(1995, 6, 11)


def test_a_short_name_whose_peoples_officials_or_mediators_act_is_a_state(extract) -> None:  # noqa: ANN001
    facts = extract("Ubrese mediators oversaw the handover at the river. Ubre has hosted three rounds of talks.",
                    published="2025-11-12")
    assert [a.kind for a in facts.actors.values() if a.name == "Ubre"] == ["Country"]


@pytest.mark.parametrize("sentence", [
    "Muscat has been credited by Sanaa and Riyadh alike for a string of swaps between Saudi Arabia and the "
    "Houthis, among them the exchange of 9 June 2023, in which 60 Saudi and 60 Yemeni fighters went home.",
    "Riyadh credited Muscat with the exchange of 9 June 2023, in which 60 Saudi and 60 Yemeni fighters went home.",
])
def test_the_one_credited_for_swaps_mediated_them(extract, sentence: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(sentence, published="2023-08-01"))
    assert swap["mediators"] == {"Oman"}
    assert "Oman" not in swap["parties"]


def test_a_side_credited_for_the_swap_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Niger and Mali swapped 20 soldiers each on Monday. Bamako credited "
                                       "Niamey for the swap.", published="2023-08-01"))
    assert swap["mediators"] == set()


def test_it_in_a_comparison_is_the_thing_compared_not_an_actor_named_before(extract) -> None:  # noqa: ANN001
    facts = extract("Kenya has offered a venue for talks.\nBy any measure, the Chad-Sudan swap of 2 May 2021 deserves "
                    "more attention than it received. After talks at the border, Chad freed 12 Sudanese soldiers and "
                    "Sudan freed three Chadian guards.", published="2023-08-01")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"Chad", "Sudan"}


def test_a_release_dated_by_its_month_dates_the_swap_paying_for_it_in_the_same_sentence(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The release in March of the Danish nurse Ole Berg, who flew home after a year in a Syrian cell, was "
        "settled directly between Copenhagen and Damascus; in return, Denmark freed the Syrian trader Omar Haddad.",
        published="2024-06-01"))
    assert swap["parties"] == {"Denmark", "Syria"}
    assert swap["date"] is None  # March, not the story's day


@pytest.mark.parametrize("earlier", ["The first one", "The first"])
def test_the_first_after_a_sentence_counting_the_swap_as_second_is_an_earlier_swap(extract, earlier: str) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(
        "Niger and Benin traded detainees on Monday, 18 going home to each side. The trade is the second this year. "
        f"{earlier}, also overseen by Togo's mediators, happened on 6 March and returned nine people to each side.",
        published="2025-10-08"))
    assert {(s["date"], frozenset(s["returns"])) for s in swaps} == {
        (dt.date(2025, 10, 6), frozenset({("Niger", 18), ("Benin", 18)})),
        (dt.date(2025, 3, 6), frozenset({("Niger", 9), ("Benin", 9)})),
    }


def test_the_first_without_a_series_counted_before_is_no_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Niger and Benin traded detainees on Monday, 18 going home to each side. Two ministers spoke. "
        "The first, on 6 March, had called for talks.", published="2025-10-08"))
    assert len(swaps) == 1


def test_a_swap_told_as_prepared_with_someones_mediation_was_mediated_by_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The last swap, prepared with the mediation of Angola, went ahead on 2 May and let 12 Congolese and "
        "12 Rwandans go home.", published="2025-10-08"))
    assert swap["mediators"] == {"Angola"}


def test_a_swap_being_prepared_with_someones_mediation_is_still_a_plan(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("A swap prepared with the mediation of Angola is expected next month.",
                                     published="2025-10-08")) == []


def test_a_swap_carried_out_in_stages_listed_by_day_is_one_exchange_a_day(extract) -> None:  # noqa: ANN001
    text = ("Laos and Cambodia agreed on their largest swap yet at talks in Hanoi on 3 May. Each pledged to free "
            "150 people. It was carried out in three stages at the river crossing:\n"
            "- Monday, 5 May: 80 for 80.\n"
            "- Tuesday, 6 May: 40 for 40.\n"
            "- Thursday, 8 May: 30 for 30.\n"
            "Weeks later Cambodia said it had received 12 sets of remains, a separate matter.")
    swaps = exchanges_as_read(extract(text, published="2025-06-20"))
    assert sorted((s["date"], frozenset(s["parties"]), frozenset(s["returns"])) for s in swaps) == [
        (dt.date(2025, 5, 5), frozenset({"Laos", "Cambodia"}), frozenset({("Laos", 80), ("Cambodia", 80)})),
        (dt.date(2025, 5, 6), frozenset({"Laos", "Cambodia"}), frozenset({("Laos", 40), ("Cambodia", 40)})),
        (dt.date(2025, 5, 8), frozenset({"Laos", "Cambodia"}), frozenset({("Laos", 30), ("Cambodia", 30)})),
    ]  # the paragraph after the list counts nothing of its last day


def test_what_an_exchange_is_said_to_be_is_no_exchange(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("GUEST: A swap is a different thing: each side hands over people.",
                                     published="2023-10-25")) == []


def test_a_swap_said_to_be_under_way_is_news(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("A swap is under way on the bridge, with 40 Ghanaians and 40 Togolese going "
                                       "home.", published="2023-10-25"))
    assert swap["parties"] == {"Ghana", "Togo"}


@pytest.mark.parametrize("moved_on", ["Then 3 May 2019.", "And then, 3 May 2019."])
def test_a_date_alone_as_a_sentence_dates_the_swap_told_next(extract, moved_on: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"The talks went nowhere for years.\n{moved_on} Togo had held the two pilots "
                                       "since the spring. The deal, brokered by Benin, traded them for 40 Ghanaian "
                                       "prisoners.", published="2023-10-25"))
    assert swap["date"] == dt.date(2019, 5, 3)


def test_a_heading_of_a_day_and_its_count_dates_the_paragraph_under_it(extract) -> None:  # noqa: ANN001
    text = ("Over two days last week, Chad and Sudan completed their largest swap: 70 people for each side.\n"
            "Here is how it went.\n"
            "Monday: 50 for 50\n"
            "The first stage brought home 50 Chadian soldiers. Sudan received the same number, 50 people.\n"
            "Tuesday: 20 each\n"
            "On the second day, 20 Chadian soldiers returned. Sudan said 20 of its men had been handed over in return.")
    swaps = exchanges_as_read(extract(text, published="2025-05-28"))
    dated = {s["date"]: s["returns"] for s in swaps if s["date"]}
    assert dated[dt.date(2025, 5, 26)] == {("Chad", 50), ("Sudan", 50)}
    assert dated[dt.date(2025, 5, 27)] == {("Chad", 20), ("Sudan", 20)}


def test_a_simultaneous_release_whose_people_two_sides_freed_is_an_exchange(extract) -> None:  # noqa: ANN001
    text = ("Mopti/Geneva (ICRC) – The ICRC on Thursday oversaw the simultaneous release of 45 people detained in the "
            "fighting in Mali, at the request of the Malian army and the CMA.\n"
            "Thirty people released by the CMA were driven by Red Cross staff to Gao and handed to the Malian "
            "authorities. At the same time, 15 people released by the army were brought to a point near Kidal, where "
            "CMA officials received them.")
    [swap] = exchanges_as_read(extract(text, published="2024-10-12"))
    assert swap["returns"] == {("Mali", 30), ("CMA", 15)}
    assert "Kenya" not in swap["mediators"] and "Switzerland" not in swap["mediators"]


def test_a_simultaneous_release_by_one_hand_is_no_exchange(extract) -> None:  # noqa: ANN001
    text = ("The ICRC on Thursday oversaw the simultaneous release of 45 people detained in the fighting in Mali.\n"
            "All were released by the CMA and driven by Red Cross staff to Gao.")
    assert exchanges_as_read(extract(text, published="2024-10-12")) == []


def test_a_simultaneous_release_of_people_each_side_held_is_an_exchange_with_its_counts(extract) -> None:  # noqa: ANN001
    text = ("On Friday 7 March the ICRC facilitated the simultaneous release of 52 people: 30 soldiers of the "
            "Aldarian Defence Forces held by the Northern Front, and 22 Northern Front fighters held by the Defence "
            "Forces.")
    [swap] = exchanges_as_read(extract(text, published="2025-03-10"))
    assert swap["parties"] == {"Aldarian Defence Forces", "Northern Front"}
    assert swap["returns"] == {("Aldarian Defence Forces", 30), ("Northern Front", 22)}
    assert swap["date"] == dt.date(2025, 3, 7)


def test_a_simultaneous_release_of_people_one_side_held_is_no_exchange(extract) -> None:  # noqa: ANN001
    text = ("On Friday the ICRC facilitated the simultaneous release of 52 people: 30 soldiers held by the Northern "
            "Front in Kessa, and 22 held by the Northern Front in Moro.")
    assert exchanges_as_read(extract(text, published="2025-03-10")) == []


@pytest.mark.parametrize("told", [
    "The handover on Sunday of four Chadian gendarmes held by the Front for Change, against the release of 11 "
    "fighters from Chadian custody, shows that N'Djamena still trades.",
    "On Sunday the Front for Change freed four Chadian gendarmes against the release of 11 fighters from Chadian "
    "custody.",
])
def test_a_release_given_against_another_is_an_exchange(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-03-14"))
    assert swap["parties"] == {"Chad", "Front for Change"} and swap["date"] == dt.date(2025, 3, 9)
    assert swap["returns"] == {("Chad", 4), ("Front for Change", 11)}


def test_talks_that_resulted_in_a_handover_against_a_release_made_an_exchange(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Talks led by the elders resulted on Sunday in the handover of four Chadian "
                                       "gendarmes by the Front for Change, against the release of 11 fighters from "
                                       "Chadian custody.", published="2025-03-14"))
    assert swap["parties"] == {"Chad", "Front for Change"} and ("Front for Change", 11) in swap["returns"]


def test_a_protest_against_a_release_is_no_exchange(extract) -> None:  # noqa: ANN001
    told = "The Front for Change freed four gendarmes on Sunday. Families protested against the release of 11 fighters."
    assert [swap["parties"] for swap in exchanges_as_read(extract(told, published="2025-03-14"))] == []


def test_a_release_told_beside_another_as_simultaneous_is_an_exchange(extract) -> None:  # noqa: ANN001
    text = ("The mission welcomes the release today of two Peruvian citizens who had been detained in Chile, and the "
            "simultaneous release by the Peruvian authorities of one resident of Chile.")
    [swap] = exchanges_as_read(extract(text, published="2025-06-11"))
    assert swap["parties"] == {"Chile", "Peru"} and swap["date"] == dt.date(2025, 6, 11)


def test_a_pages_masthead_line_dates_no_swap_but_the_leads_day_does(extract) -> None:  # noqa: ANN001
    text = ("Lima Courier | 17 March 2025 | 09:15 (updated 11:40)\n"
            "Two Peruvians home after border handover\n"
            "A Chilean man jailed in Tacna crossed the other way in return.\n"
            "TACNA \u2014 Luis Quispe walked across the bridge on Saturday morning with a bag in one hand. Behind "
            "him came Jorge Mamani, 61.")
    [swap] = exchanges_as_read(extract(text, published="2025-03-17"))
    assert swap["date"] == dt.date(2025, 3, 15)


def test_a_leads_two_recent_days_leave_todays_swap_the_pages_day(extract) -> None:  # noqa: ANN001
    text = ("Two Peruvians home after border handover\n"
            "A Chilean man jailed in Tacna crossed the other way in return.\n"
            "Talks ended on Thursday. Luis Quispe walked across the bridge on Saturday with a bag in one hand.")
    [swap] = exchanges_as_read(extract(text, published="2025-03-17"))
    assert swap["date"] == dt.date(2025, 3, 17)


def test_who_chaired_a_committee_session_mediated_no_swap_told_after(extract) -> None:  # noqa: ANN001
    text = ("The committee held a session on Wednesday. The session was chaired by committee chairman Ivan Petrov.\n"
            "Seven Chilean citizens held in Peru were handed over on 6 October 2022, and five Peruvians were "
            "returned home at the same time.")
    [swap] = exchanges_as_read(extract(text, published="2023-02-16"))
    assert swap["mediators"] == set()


def test_people_detained_somewhere_who_were_returned_are_counted(extract) -> None:  # noqa: ANN001
    text = ("On 20 January, according to Rojas, two citizens of Peru detained in the Tarata district of Chile were "
            "returned, while the Peruvian side handed over one citizen of Chile detained in Tacna region.")
    [swap] = exchanges_as_read(extract(text, published="2023-02-16"))
    assert swap["returns"] == {("Peru", 2), ("Chile", 1)}


def test_a_side_that_took_its_people_back_got_them_back(extract) -> None:  # noqa: ANN001
    text = ("Peru and Chile swapped prisoners on Monday at the Tacna crossing. Nobody spoke. Guards checked "
            "papers for an hour. Then the buses moved.\nOn the bridge, Peru took its twelve back. Chile received "
            "nine men in return: three officers, four sailors and two pilots.")
    [swap] = exchanges_as_read(extract(text, published="2025-03-12"))
    assert swap["returns"] == {("Peru", 12), ("Chile", 9)}


def test_a_decade_ago_today_is_the_day_ten_years_before(extract) -> None:  # noqa: ANN001
    text = "A decade ago today, Peru and Chile swapped 12 prisoners each on a runway in Lima. Few remember it now."
    [swap] = exchanges_as_read(extract(text, published="2025-03-12"))
    assert swap["date"] == dt.date(2015, 3, 12)


def test_a_bodys_acronym_before_a_persons_name_is_the_body_not_part_of_the_name(extract) -> None:  # noqa: ANN001
    facts = extract("First deputy chairman of the KNB Ruslan Omarov told the deputies that seven citizens held in "
                    "Chile were handed over. \"We asked no one to mediate,\" he stressed.", published="2023-02-16")
    assert {"Ruslan Omarov", "KNB"} <= {actor.name for actor in facts.actors.values()}
    assert _speakers_of(facts, "We asked no one to mediate") == {"Ruslan Omarov"}


def test_a_fact_boxs_mediator_line_names_the_storys_mediators(extract) -> None:  # noqa: ANN001
    text = ("Peru and Chile swapped 12 prisoners each on Monday. Families waited for hours. Some had not slept. The "
            "buses came late. Nobody explained why. The men looked thin.\nAt a glance:\n- Mediator: Norway. Neutral "
            "intermediary: ICRC.\n- Where: the Tacna crossing.")
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert swap["mediators"] == {"Norway", "International Committee of the Red Cross"}


def test_a_line_labelled_otherwise_names_no_mediator(extract) -> None:  # noqa: ANN001
    text = ("Peru and Chile swapped 12 prisoners each on Monday.\nAt a glance:\n- Host: Norway. Observers: the "
            "ICRC.\n- Where: the Tacna crossing.")
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert swap["mediators"] == set()


def test_what_a_list_of_swaps_counts_as_one_is_no_swap(extract) -> None:  # noqa: ANN001
    text = ("List of prisoner swaps in the Andes\nThis is a list of notable swaps of prisoners involving states and "
            "armed groups in the Andes. It includes only exchanges in which both sides released people and which were "
            "confirmed by a mediator.\nPeru\nIn Peru, the Shining Path held soldiers for years.\nChile\nChile has "
            "held Bolivian smugglers.")
    assert exchanges_as_read(extract(text, published="2024-06-01")) == []


def test_a_reference_lists_entry_is_no_news(extract) -> None:  # noqa: ANN001
    text = ("Peru and Chile swapped 12 prisoners each in 2019.\nReferences\n"
            "1. \"Chile frees Peruvian officers in exchange for 12 sailors\". Andes Wire. 2017.\n"
            "2. \"A bridge and a swap\". The Lima Review. 2019.")
    assert [s["parties"] for s in exchanges_as_read(extract(text, published="2024-06-01"))] == [{"Chile", "Peru"}]


def test_a_quote_declared_by_a_title_and_name_after_the_verb_is_the_named_persons(extract) -> None:  # noqa: ANN001
    facts = extract('"Our sons are home," declared the governor of Tacna region, Rosa Quispe, in Aymara and then in '
                    'Spanish. "Peru has never refused to talk."')
    assert said(facts) == {("Rosa Quispe", "Our sons are home. Peru has never refused to talk")}


def test_what_a_speaker_declared_after_a_clause_of_his_own_is_not_a_quote(extract) -> None:  # noqa: ANN001
    assert said(extract("The minister, asked about the swap, declared the talks over.")) == set()


def test_a_signs_words_in_capitals_are_no_ones_statement(extract) -> None:  # noqa: ANN001
    told = "Neighbours have strung lights over the fence and taped up a hand-lettered sign: WELCOME HOME ANA RUIZ."
    assert said(extract(told)) == set()


def test_the_spokesperson_of_a_release_speaks_for_the_body_that_issues_it(extract) -> None:  # noqa: ANN001
    text = ("Press and information team\nStatement by the Spokesperson on the release of detained persons\n"
            "Lima, 11.06.2024\nThe Andean Community welcomes the release today of two Peruvian citizens held in "
            "Chile.\n\"Today shows that the hotline works,\" the Spokesperson said.")
    assert _speakers_of(extract(text, published="2024-06-11"), "the hotline works") == {"Andean Community"}


def test_a_news_storys_spokesperson_named_for_no_body_speaks_for_none(extract) -> None:  # noqa: ANN001
    text = ("Peru and Chile swapped 12 prisoners each on Monday at the Tacna crossing.\n"
            "\"Today shows that the hotline works,\" the spokesperson said.")
    assert _speakers_of(extract(text, published="2024-06-11"), "the hotline works") == {None}


@pytest.mark.parametrize("lead", [
    "The foreign minister flew to Lima on Sunday to finalise the talks.",
    "The president returned from Washington on Sunday.",
    "Troops returned fire on Saturday after an attack near the border.",
    "A delegation arrived in Quito on Saturday for a new round of talks.",
])
def test_a_recent_day_of_someone_elses_travel_does_not_date_todays_swap(extract, lead: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Peru and Chile exchanged 84 prisoners each. {lead}", published="2025-05-07"))
    assert swap["date"] == dt.date(2025, 5, 7)


@pytest.mark.parametrize("told", [
    "After the release of 30 Chilean hostages, the simultaneous release of 90 Peruvian prisoners by Chile was "
    "postponed.",
    "The agency welcomed the release of 11 sailors by Peru and the simultaneous release of 3 crew by Chile.",
])
def test_releases_told_side_by_side_that_answer_no_one_are_no_swap(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told, published="2025-05-07")) == []


def test_swaps_in_which_both_sides_freed_people_told_as_news_are_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile held exchanges in which both sides released 200 people on "
                                       "Friday.", published="2025-05-07"))
    assert swap["parties"] == {"Chile", "Peru"}


@pytest.mark.parametrize("entry", [
    '1. "Homecoming" Peru and Chile exchanged 100 prisoners each on 4 May 2025.',
    '1. "We are home," said a soldier freed when Peru and Chile swapped 205 prisoners each on 6 May 2025.',
])
def test_a_numbered_line_that_opens_with_a_quote_and_tells_news_is_no_reference(extract, entry: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Timeline\n{entry}", published="2025-06-01"))
    assert swap["parties"] == {"Chile", "Peru"}


def test_half_a_decade_ago_today_is_five_years_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Half a decade ago today, Peru and Chile swapped 12 prisoners each.",
                                       published="2025-03-12"))
    assert swap["date"] == dt.date(2020, 3, 12)


@pytest.mark.parametrize("box", [
    "RELATED: Nuclear talks\n- Venue: Muscat\n- Brokered by: Oman",
    "THE TRUCE\n- Mediator: Oman",
    "Ceasefire mediator: Oman",
])
def test_a_fact_box_of_another_event_names_no_mediator_of_the_swap(extract, box: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Peru and Chile swapped 12 prisoners each on Monday.\n{box}",
                                       published="2025-05-07"))
    assert swap["mediators"] == set()


def test_an_unbulleted_fact_box_line_names_the_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile swapped 12 prisoners each on Monday.\nMediator: Norway\n"
                                       "Venue: Lima", published="2025-05-07"))
    assert swap["mediators"] == {"Norway"}


@pytest.mark.parametrize("told", [
    "Peru and Chile swapped five prisoners each. The cabinet meeting that approved the exchange was chaired by Luis "
    "Rojas.",
    "Peru and Chile swapped five prisoners each. The border commission's session, chaired by Bolivia, took note of "
    "the exchange.",
])
def test_who_chaired_a_sitting_mediated_nothing(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-05-07"))
    assert swap["mediators"] == set()


def test_a_headlines_kicker_before_an_arrow_is_no_breadcrumb(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Andes \u203a Peru and Chile swap 95 prisoners each in Norway-brokered deal",
                                       published="2025-05-07"))
    assert swap["parties"] == {"Chile", "Peru"}


@pytest.mark.parametrize("told", [
    "The team reported from RAF Brize Norton, where the plane landed.",
    "The ICRC Regional Delegation said it had facilitated the handover.",
])
def test_a_place_or_unit_after_an_acronym_is_no_person(extract, told: str) -> None:  # noqa: ANN001
    facts = extract(told, published="2025-05-07")
    assert not any(actor.kind == "Person" for actor in facts.actors.values())


def test_a_scripts_role_in_capitals_is_no_body(extract) -> None:  # noqa: ANN001
    text = ("[ANCHOR, Ana Ruiz, in studio]\nGood evening. Peru and Chile swapped prisoners today.\n"
            "[CORRESPONDENT Ivo Ban, on location]\nIt started late.\n[ANCHOR, in studio]\nMore after the break.")
    assert "ANCHOR" not in {actor.name for actor in extract(text, published="2025-05-07").actors.values()}


def test_a_second_by_after_a_title_and_name_names_a_second_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 12 prisoners each on Monday. The exchange was mediated by the President of Bolivia, "
        "Luis Arce, and by the Andean Assistance Group in Lima.", published="2025-05-07"))
    assert "Andean Assistance Group" in swap["mediators"]


def test_people_free_before_an_in_return_are_one_sides_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Our top story tonight: nine Peruvian soldiers who spent the winter in captivity are free. In return, the "
        "Peruvian side handed over eleven Chileans.", published="2025-05-07"))
    assert swap["returns"] == {("Peru", 9), ("Chile", 11)}


def test_people_free_to_leave_before_a_price_in_return_are_no_return(extract) -> None:  # noqa: ANN001
    told = "The nine soldiers are free to leave Peru. In return, they must report to the police each week."
    assert exchanges_as_read(extract(told, published="2025-05-07")) == []


def test_a_court_records_answers_are_the_witness_its_examination_heading_names(extract) -> None:  # noqa: ANN001
    text = ("IN THE HIGH COURT OF LIMA\nCHARGE NO: 14/2019\n"
            "CROSS-EXAMINATION OF PW2 (Rosa Quispe, officer of the prison service) BY MR. LUIS ROJAS:\n"
            "Q: Were you at the border in May 2019?\nA: I was, my lord.\n"
            "Q: What happened there?\nA: Chile handed over four sailors and Peru released three fishermen.")
    facts = extract(text, published="2019-09-12")
    assert _speakers_of(facts, "Chile handed over four sailors") == {"Rosa Quispe"}


def test_the_leads_day_a_freed_person_landed_dates_todays_swap(extract) -> None:  # noqa: ANN001
    text = ("Chilean freed in swap with Peru\nLuis Rojas landed in Santiago late on Wednesday after Peru freed him in "
            "exchange for two Peruvian officers. Families waited at the airport.")
    [swap] = exchanges_as_read(extract(text, published="2025-05-09"))
    assert swap["date"] == dt.date(2025, 5, 7)


def test_a_committee_of_elders_and_its_chair_mediate(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Malian army and the CMA swapped 12 prisoners each on Monday near Gao. The exchange was mediated by a "
        "committee of elders chaired by Sheikh Ali Maiga, who travelled between the sides for weeks.",
        published="2024-07-08"))
    assert "Ali Maiga" in swap["mediators"]


def test_a_live_blogs_expected_release_that_it_then_tells_counts(extract) -> None:  # noqa: ANN001
    text = ("Good morning. We are following the expected release today of five Peruvians who have been held in Chile, "
            "some of them for years. Under a deal brokered by Norway over months of shuttle diplomacy, Lima has agreed "
            "in return to free four Chileans held in Peru.\nThey have landed in Lima.\nIn Santiago, the foreign "
            "minister described the swap as a humanitarian step.")
    [swap] = exchanges_as_read(extract(text, published="2023-09-18"))
    assert ("Peru", 5) in swap["returns"]


def test_the_press_centre_called_back_speaks_for_the_body_named_with_it_before(extract) -> None:  # noqa: ANN001
    facts = extract('According to the press centre of the Peruvian Interior Ministry, the transfer took place on '
                    'Monday. "All the returned citizens are well," the press centre said.', published="2025-05-07")
    assert _speakers_of(facts, "All the returned citizens are well") == {"Ministry of Interior of Peru"}


def test_a_press_centre_named_for_no_body_speaks_for_none(extract) -> None:  # noqa: ANN001
    facts = extract('Peru and Chile swapped prisoners. "All the returned citizens are well," the press centre said.',
                    published="2025-05-07")
    assert _speakers_of(facts, "All the returned citizens are well") == {None}


@pytest.mark.parametrize("quote", ['"{}"', "\u201c{}\u201d"])
def test_a_swap_in_the_words_of_a_quoted_claim_is_no_swap(extract, quote: str) -> None:  # noqa: ANN001
    claim = quote.format("Chile released 100 Peruvian commanders in exchange for the 12 Chilean pupils.")
    told = f"Within hours, a post on X from an account with many followers claimed: {claim} The post was shared widely."
    assert exchanges_as_read(extract(told, published="2024-03-28")) == []


def test_a_swap_told_after_a_quoted_word_of_a_claim_is_a_swap(extract) -> None:  # noqa: ANN001
    told = ("The post claimed that \u201cnothing\u201d happened, but Chile released 100 Peruvians in exchange for 12 "
            "Chileans on Monday.")
    [swap] = exchanges_as_read(extract(told, published="2024-03-28"))
    assert swap["parties"] == {"Chile", "Peru"}


def test_a_body_in_brackets_that_acted_as_intermediary_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru and Chile swapped 12 prisoners each on Monday. The operation was carried out under the facilitation of "
        "the Andean Panel, and with the support of the International Committee of the Red Cross (ICRC), which acted "
        "as neutral intermediary, verified the identity of every person released, and provided transport.",
        published="2025-05-07"))
    assert swap["mediators"] == {"Andean Panel", "International Committee of the Red Cross"}


def test_the_operation_prepared_by_a_body_that_served_as_intermediary_was_mediated(extract) -> None:  # noqa: ANN001
    text = ("Peru and Chile exchange detainees across a closed border\nFourteen Chileans step down from the bus. "
            "In the opposite direction, nine Peruvian nationals detained in Chile are handed over to the Peruvian "
            "authorities. The operation, prepared for weeks by the Red Cross, which served as intermediary between "
            "the two capitals, takes less than an hour.")
    [swap] = exchanges_as_read(extract(text, published="2025-08-21"))
    assert swap["mediators"] == {"International Committee of the Red Cross"}


def test_the_leads_day_they_crossed_the_border_dates_todays_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Peru and Chile exchanged 75 prisoners of war each, the ministry said. They "
                                       "crossed the border on Tuesday, officials said.", published="2025-05-07"))
    assert swap["date"] == dt.date(2025, 5, 6)


def test_an_official_bodys_own_claim_of_its_swap_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract('The ministry claimed: "Peru and Chile exchanged 90 prisoners each today, '
                                       'mediated by Norway."', published="2025-05-07"))
    assert swap["parties"] == {"Chile", "Peru"}


def test_a_fact_box_of_another_years_swap_names_no_mediator_of_todays(extract) -> None:  # noqa: ANN001
    text = ("Peru and Chile exchanged 100 prisoners each on Tuesday.\nFact box: the 2022 swap\nDate: September 2022\n"
            "Mediator: Norway and Brazil")
    todays = [s for s in exchanges_as_read(extract(text, published="2025-05-07")) if s["date"]]
    assert [s["mediators"] for s in todays] == [set()]


def test_swaps_agreed_in_which_both_sides_would_release_people_are_no_swap(extract) -> None:  # noqa: ANN001
    told = "Peru and Chile agreed to exchanges in which both sides released people, the mission said on Monday."
    assert exchanges_as_read(extract(told, published="2025-05-07")) == []


def test_a_fact_box_above_the_story_names_its_swaps_mediator(extract) -> None:  # noqa: ANN001
    text = ("KEY FACTS\n- Mediator: Norway\n- Where: Tacna\n"
            "Peru and Chile swapped 12 prisoners each on Monday. Families waited for hours.")
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert swap["mediators"] == {"Norway"}


def test_a_bylines_date_alone_on_its_line_is_no_time_a_story_moves_to(extract) -> None:  # noqa: ANN001
    text = ("By Ana Ruiz\nMonday 3 March 2025\nFor two years, two Chilean sailors have been held in Peru, accused of "
            "spying. Chile's minister said this week that talks had stalled.\nNone of this will free the two sailors "
            "soon. A swap could. But others would pay for it.")
    assert exchanges_as_read(extract(text, published="2025-03-03")) == []


@pytest.mark.parametrize("title", ["Federal Councillor", "City Councilor", "State Senator"])
def test_a_title_of_an_office_level_before_a_name_is_a_persons(extract, title: str) -> None:  # noqa: ANN001
    facts = extract(f'{title} Marta Keller welcomed the swap. "It is a good day for the families," she said.',
                    published="2025-10-08")
    assert said(facts) >= {("Marta Keller", "It is a good day for the families")}


@pytest.mark.parametrize("sentence", [
    "Ruto credited Noor Hassan, his intelligence chief, with the swap, in which 30 Kenyans and 30 Somalis went home "
    "on Monday.",
    "Tinubu credited the DSS with the swap, in which 30 Nigerians and 30 Nigeriens went home on Monday.",
])
def test_one_of_the_crediting_sides_own_credited_for_a_swap_is_no_mediator(extract, sentence: str) -> None:  # noqa: ANN001,E501
    for swap in exchanges_as_read(extract(sentence, published="2023-08-01")):
        assert swap["mediators"] == set()



def test_a_date_leading_on_within_a_paragraph_dates_no_swap_told_later(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The deadline was first set for 15 May. Then 20 May. Both passed without a deal. At last, Ghana and Togo "
        "swapped 40 prisoners each, Accra said on Monday.", published="2025-05-27"))
    assert swap["date"] != dt.date(2025, 5, 20)


def test_a_swap_told_as_the_second_and_the_first_are_two_with_their_own_mediators(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Ghana and Togo swapped 100 prisoners each on Sunday, the second exchange of the year. The first, mediated by "
        "Benin, was held in March.", published="2025-05-27"))
    [sunday] = [s for s in swaps if s["date"] == dt.date(2025, 5, 25)]
    assert "Benin" not in sunday["mediators"] | sunday["parties"]


def test_what_was_prepared_with_help_other_than_the_swap_is_not_its_mediation(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ghana and Togo swapped 50 prisoners each on Monday. The lists, prepared with the help of the ICRC, had been "
        "agreed in Lome.", published="2025-05-27"))
    assert swap["mediators"] == set()


@pytest.mark.parametrize("sentence", [
    "A swap of 40 prisoners is the latest sign of a thaw between Ghana and Togo, which freed 20 people each at the "
    "border on Tuesday.",
    "An exchange between Ghana and Togo is the first step of the accord, which began on Sunday with 30 freed on "
    "each side.",
])
def test_a_swap_said_to_be_something_with_its_sides_or_counts_is_news(extract, sentence: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(sentence, published="2025-05-27"))
    assert swap["parties"] == {"Ghana", "Togo"}


def test_simultaneous_releases_by_two_hands_told_apart_are_no_exchange(extract) -> None:  # noqa: ANN001
    text = ("The UN welcomed the simultaneous release of 14 aid workers in Mali. Nine were released by the CMA near "
            "Kidal. Five were released by the JNIM in Gao, in a separate deal.")
    assert exchanges_as_read(extract(text, published="2025-05-27")) == []


def test_a_swap_that_would_be_carried_out_in_stages_lists_no_swaps_made(extract) -> None:  # noqa: ANN001
    text = ("Under the accord, the swap between Ethiopia and the TPLF would be carried out in two stages:\n"
            "- 10 June: 100 for 100.\n- 24 June: 80 for 80.\nThe TPLF has not yet said it will take part.")
    assert exchanges_as_read(extract(text, published="2025-05-27")) == []


def test_a_mediator_named_after_a_list_still_reaches_its_last_swap(extract) -> None:  # noqa: ANN001
    text = ("Swaps between Ghana and Togo in 2025:\n- 2 January: 150 for 150.\n- 5 February: 150 for 150.\n"
            "The February swap was mediated by Benin, which has brokered most of them.")
    swaps = exchanges_as_read(extract(text, published="2025-05-27"))
    [february] = [s for s in swaps if s["date"] == dt.date(2025, 2, 5)]
    assert february["mediators"] == {"Benin"}


def test_the_first_told_without_numbers_or_a_day_is_no_swap_of_its_own(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Ghana and Togo swapped 50 detainees each on Saturday, in the second exchange this year. The first was called "
        "off.", published="2025-05-27"))
    assert len(swaps) == 1


def test_a_simultaneous_release_whose_two_groups_were_taken_away_is_an_exchange(extract) -> None:  # noqa: ANN001
    text = ("The ICRC on Sunday facilitated the simultaneous release of 85 people in Mali. Fifty-one people released "
            "by the army were flown to Kidal. At the same time, 34 people released by the CMA were taken to Gao.")
    [swap] = exchanges_as_read(extract(text, published="2025-05-27"))
    assert len(swap["returns"]) == 2


@pytest.mark.parametrize("sentence", ["An exchange is seldom one-for-one, and the two sums differ.",
                                      "Not every release that resembles a swap is one."])
def test_what_swaps_in_general_are_said_to_be_is_no_swap(extract, sentence: str) -> None:  # noqa: ANN001
    text = f"Ghana and Togo swapped 13 prisoners for 39 on Friday. {sentence} Ghana said it wanted more."
    assert len(exchanges_as_read(extract(text, published="2025-05-27"))) == 1


def test_a_group_split_by_where_its_parts_went_is_returned_part_by_part(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ethiopia returned 4,210 prisoners, 3,900 of them to Eritrea and 310 to Djibouti, and got back 850 of its "
        "own.", published="2025-05-27"))
    assert {("Eritrea", 3900), ("Djibouti", 310)} <= swap["returns"] and "Djibouti" in swap["parties"]


def test_parts_that_do_not_add_up_to_the_group_leave_it_whole(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad returned 400 prisoners to Sudan in exchange for 90, 300 of them to Darfur camps and 20 to Khartoum.",
        published="2025-05-27"))
    assert ("Sudan", 400) in swap["returns"]


@pytest.mark.parametrize("verb", ["began", "opened"])
def test_the_day_a_swap_of_captives_began_dates_it(extract, verb: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Chad and Sudan carried out an exchange of prisoners that {verb} on May 3, "
                                       "2019, and lasted a week.", published="2020-01-01"))
    assert swap["date"] == dt.date(2019, 5, 3)


def test_people_home_in_a_deal_while_the_other_side_receives_its_own_are_exchanged(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Friday, in a deal brokered by Qatar, 12 Ugandans came home. Kenya received "
                                       "20 of its fishermen.", published="2023-07-20"))
    assert swap["parties"] == {"Kenya", "Uganda"} and swap["mediators"] == {"Qatar"}


def test_a_leader_welcoming_those_home_from_a_deal_makes_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract("On Friday five hostages came home in a deal brokered by Qatar. President Biden welcomed them and "
                    "two other Americans at Andrews.", published="2023-07-20")
    assert exchanges_as_read(facts) == []


def test_who_went_for_whom_after_a_colon_makes_the_verb_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Iran freed a Danish aid worker in March. On June 2, the two countries swapped again in Muscat: Lars Holm, a "
        "retired engineer held for a year, for Reza Karimi, who was accused of buying drone parts.",
        published="2025-08-01"))
    assert swap["parties"] == {"Denmark", "Iran"} and swap["date"] == dt.date(2025, 6, 2)


def test_releases_told_a_day_apart_in_one_sentence_are_one_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On March 3, Iran freed the Danish engineer Lars Holm, and Denmark released the Iranian trader Reza Karimi "
        "the following day.", published="2025-08-01"))
    assert swap["parties"] == {"Denmark", "Iran"}


def test_releases_told_months_apart_in_one_sentence_stay_one_way(extract) -> None:  # noqa: ANN001
    facts = extract("On March 3, Iran freed the Danish engineer Lars Holm, and in July Denmark released the Iranian "
                    "trader Reza Karimi.", published="2025-08-01")
    assert exchanges_as_read(facts) == []


def test_a_country_before_a_persons_description_names_the_persons_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 19 May 2023, U.S. Navy veteran Mark Dunleavy was swapped on the tarmac of Kabul airport for Omar Saleh, a "
        "Taliban ally.",
        published="2025-06-01"))
    assert swap["parties"] == {"United States", "Taliban"}


@pytest.mark.parametrize("move", ["In a reciprocal move, Ghana returned a Togolese soldier held since May.",
                                  "In a reciprocal gesture, Ghana freed a Togolese soldier held since May.",
                                  "In return, Ghana returned a Togolese soldier held since May."])
def test_a_release_told_as_reciprocal_pays_for_the_one_before(extract, move: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Togo on Wednesday handed back a Ghanaian constable at the border. {move}",
                                       published="2025-05-14"))
    assert swap["parties"] == {"Ghana", "Togo"}


@pytest.mark.parametrize("move", ["In a reciprocal move, Ghana reopened the border crossing.",
                                  "In return, Ghana returned two seized lorries."])
def test_a_reciprocal_step_that_frees_no_one_makes_no_swap(extract, move: str) -> None:  # noqa: ANN001
    facts = extract(f"Togo on Wednesday handed back a Ghanaian constable at the border. {move}", published="2025-05-14")
    assert exchanges_as_read(facts) == []


def test_a_states_intelligence_named_by_its_people_mediates_as_the_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The deal, brokered by Norwegian intelligence, saw the ELN release a Colombian senator and Colombia free 45 "
        "fighters.", published="2025-05-20"))
    assert "Norway" in swap["mediators"]


def test_a_sides_own_intelligence_is_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The swap, brokered by Israeli intelligence, saw Hezbollah release an Israeli businessman and Israel free 436 "
        "prisoners.", published="2025-05-20"))
    assert swap["mediators"] == set()


def test_the_captivity_the_sentence_names_tells_who_held_the_one_paid_for(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In 1998, Israel freed 60 prisoners for two soldiers held by Amal. In June 2008, Israel released 400 prisoners "
        "in return for one soldier, Eli Cohen, after three years in Hezbollah captivity.", published="2023-10-30"))
    assert swaps[-1]["parties"] == {"Israel", "Hezbollah"}


def test_a_fact_checks_claim_tells_no_swap(extract) -> None:  # noqa: ANN001
    text = ("FACT CHECK\nClaim: \"Accra handed over 40 Togolese fighters and got only three of its own back.\" (A "
            "post on a Telegram channel)\nVerdict: False.\nGhana released three Togolese soldiers on Monday; Togo "
            "released two Ghanaian soldiers.")
    [swap] = exchanges_as_read(extract(text, published="2025-03-12"))
    assert swap["returns"] == {("Ghana", 2), ("Togo", 3)}


def test_whoever_acts_an_hour_after_the_swap_is_no_side_of_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ghana released three Togolese soldiers on Monday; Togo released two Ghanaian soldiers.\nThe BBC report "
        "appeared roughly an hour after the handover.", published="2025-03-12"))
    assert swap["parties"] == {"Ghana", "Togo"}


@pytest.mark.parametrize("text", ["Friday (day one): 13 hostages came home.", "ACCRA (Reuters): 13 men came home."])
def test_a_bracket_before_a_colon_is_no_emoticon(extractor, text: str) -> None:  # noqa: ANN001
    words = [t.text for t in extractor.nlp.make_doc(text)]
    assert words[words.index(")") + 1] == ":"


def test_a_day_labelled_in_brackets_keeps_its_count_after_a_question(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "How many people have been freed so far, day by day?\nFriday (day one): 13 Israeli hostages, among them "
        "children, were handed to the Red Cross in the afternoon. Hours later, Israel released 39 Palestinian "
        "prisoners from Ofer prison.", published="2023-11-28"))
    assert ("Israel", 13) in swap["returns"]


def test_who_led_the_mediation_with_a_partner_mediated_with_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ghana and Togo swapped 13 soldiers for 39 on Friday. Benin led the mediation "
                                       "together with Niger.", published="2023-11-28"))
    assert swap["mediators"] == {"Benin", "Niger"}


def test_who_will_lead_the_mediation_of_a_later_round_mediated_nothing_yet(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ghana and Togo swapped 13 soldiers for 39 on Friday. Benin will lead the "
                                       "mediation of the next round.", published="2023-11-28"))
    assert swap["mediators"] == set()


@pytest.mark.parametrize(("told", "day"), [("Late on Thursday, two", dt.date(2024, 4, 11)),
                                            ("Two", dt.date(2024, 4, 12))])
def test_a_release_at_the_same_time_is_of_the_day_the_one_before_tells(extract, told: str, day: dt.date) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        f"Ghana and Togo swap soldiers at the border\n{told} Ghanaian soldiers held in Togo crossed back home. At the "
        "same time, Ghana returned three Togolese soldiers who had crossed the border in March.",
        published="2024-04-12"))
    assert swap["date"] == day and swap["returns"] == {("Ghana", 2), ("Togo", 3)}


def test_a_surname_in_capitals_before_the_given_name_names_the_labelled_minister(extract) -> None:  # noqa: ANN001
    text = ("Press Conference by Foreign Minister KANDA Hiroshi\nMinister Kanda: I have one announcement. I will visit "
            "Hanoi next week to meet my counterpart.\nReporter (Tokai Shimbun): Will the government trade prisoners?\n"
            "Minister Kanda: No, there is absolutely no such consideration at this time.")
    assert {speaker for speaker, _ in said(extract(text))} == {"Kanda Hiroshi"}


def test_a_reporters_labelled_question_is_no_statement_of_the_outlet(extract) -> None:  # noqa: ANN001
    text = ("Minister Kanda: I have one announcement. I will visit Hanoi next week.\nReporter (Tokai Shimbun): Ms. "
            "Ueda of the families' association said at a rally that \"time is running out for the parents.\" Is there "
            "any progress?\nMinister Kanda: We share their pain and will keep pressing for answers.")
    assert "Tokai Shimbun" not in {speaker for speaker, _ in said(extract(text))}


def test_a_guest_named_in_a_line_of_fields_keeps_her_turns(extract) -> None:  # noqa: ANN001
    text = ("PACIFIC HOUR: Weekly public radio program, broadcast script\n"
            "Air date: Sunday, July 27, 2025 | Running time 9:40 | Host: Dana Mercer | Guest: Dr. Ines Valk\n"
            "DANA MERCER (HOST): Seventy years ago today the armistice was signed. I'm joined by historian Ines Valk.\n"
            "DR. INES VALK (GUEST): Thanks, Dana. Glad to be here.\nMERCER: Was the prisoner issue settled then?\n"
            "VALK: Not at all. Prisoners were the biggest reason the armistice took two years to negotiate.")
    assert ("Ines Valk", "Not at all. Prisoners were the biggest reason the armistice took two years to negotiate") \
        in said(extract(text, published="2025-07-27"))


@pytest.mark.parametrize("person", ["Afghanistan war veteran Ryan Cole", "Iraq war veteran Ryan Cole"])
def test_a_war_before_a_persons_description_is_no_nationality(extract, person: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"{person} was released on Tuesday in exchange for a Taliban fighter held by "
                                       "the United States at Guantanamo.", published="2025-05-07"))
    assert swap["parties"] == {"Taliban", "United States"}


def test_remains_returned_in_a_reciprocal_move_pay_for_no_release(extract) -> None:  # noqa: ANN001
    facts = extract("Ukraine freed 30 Russian soldiers on Tuesday. In a reciprocal move, Russia returned the remains "
                    "of 30 Ukrainian servicemen.", published="2025-05-07")
    assert exchanges_as_read(facts) == []


def test_a_sides_own_intelligence_is_no_mediator_where_its_capital_names_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kyiv and Moscow swapped 90 prisoners each on Friday in a deal brokered by "
                                       "Ukrainian intelligence.", published="2025-05-07"))
    assert swap["parties"] == {"Russia", "Ukraine"} and swap["mediators"] == set()


def test_leading_a_mediation_of_something_else_mediates_no_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Ghana and Togo swapped 90 prisoners each on Friday. Benin led the mediation "
                                       "that produced the border deal in 2022.", published="2025-05-07"))
    assert swap["mediators"] == set()


def test_sides_named_only_after_the_swap_called_back_are_its_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The exchange happened at Ankara airport on Thursday, with seven planes involved. After the swap, Russia, "
        "Belarus, Germany and the United States all claimed success.", published="2025-05-07"))
    assert swap["parties"] == {"Russia", "Belarus", "Germany", "United States"}


@pytest.mark.parametrize("text", [
    "Claim: Ghana and Togo swapped 300 prisoners on Friday. That's true: the two sides exchanged 150 each in a deal "
    "brokered by Benin, officials in both capitals said.",
    "Claim: Ghana brought home 46 soldiers on Saturday in a swap with Togo.\nVerdict: True.\nGhana's army confirmed "
    "the figure."])
def test_a_claim_the_check_finds_true_keeps_its_swap(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert swap["parties"] == {"Ghana", "Togo"}


def test_a_verdicts_rating_is_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("Claim: \"They traded the pilot for a smuggler.\"\nVerdict: Accurate. Ghana released the smuggler "
                    "Kofi Mensah in exchange for the Togolese pilot Yao Dzre on 8 December 2022.",
                    published="2025-05-07")
    assert "Accurate" not in {a.name for a in facts.actors.values()}


def test_a_split_one_way_release_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Sudan's army said it had released 120 prisoners, 80 of whom to Chad and 40 to Niger, as a "
                    "goodwill gesture after mediation by the African Union. No exchange took place.",
                    published="2025-05-07")
    assert exchanges_as_read(facts) == []


@pytest.mark.parametrize("received", ["Kenya received the three at the airport on Monday.",
                                      "Kenya got back its three citizens after 400 days.",
                                      "Kenya welcomed the three men at the airport on Monday."])
def test_the_home_state_receiving_those_a_deal_freed_pays_nothing(extract, received: str) -> None:  # noqa: ANN001
    facts = extract(f"Three Kenyan aid workers came home in a deal with al-Shabaab. {received}", published="2025-05-07")
    assert exchanges_as_read(facts) == []


def test_releases_a_day_apart_said_to_be_unlinked_are_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Iran freed a French teacher on 11 February after a court ruling, and France released an Iranian "
                    "student the following day on bail, with no link between the cases, officials insisted.",
                    published="2025-05-07")
    assert exchanges_as_read(facts) == []


def test_ambassadors_swapped_after_a_colon_are_no_captives(extract) -> None:  # noqa: ANN001
    facts = extract("The two governments swapped again on Friday: Jane Roe, a career diplomat, for John Doe, a former "
                    "senator, as ambassadors in each other's capitals.", published="2025-05-07")
    assert exchanges_as_read(facts) == []


def test_the_day_people_began_something_does_not_date_their_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("An exchange of the fishermen who opened a new fishing ground on 12 March was "
                                       "completed by India and Pakistan, each freeing 20.", published="2025-05-09"))
    assert swap["date"] != dt.date(2025, 3, 12)


@pytest.mark.parametrize("then", ["At the same time, Burundi returned two Rwandan diplomats to their posts.",
                                  "At the same time, Rwanda returned 20 Burundian children deported in 2022.",
                                  "At the same time, the Burundian army returned 49 soldiers to their units."])
def test_a_return_at_the_same_time_of_no_captives_or_by_the_same_side_is_no_price(extract, then: str) -> None:  # noqa: ANN001,E501
    facts = extract(f"Rwanda freed five Burundian soldiers on Tuesday. {then}", published="2025-05-07")
    assert exchanges_as_read(facts) == []


def test_the_captivity_of_someone_else_in_the_sentence_holds_no_one_paid_for(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Israel released 30 prisoners in return for two civilians freed from Hamas tunnels, while a third hostage "
        "remains in Hezbollah captivity.", published="2025-05-07"))
    assert "Hezbollah" not in swap["parties"]


def test_a_group_two_sides_released_to_a_named_state_makes_that_state_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 1 August 2024, at the airport in Ankara, Russia and Belarus released sixteen prisoners, including "
        "journalists, to the United States and its partners. In return, Russia received eight of its citizens.",
        published="2025-06-11"))
    assert swap["parties"] == {"Russia", "Belarus", "United States"} and ("United States", 16) in swap["returns"]


def test_every_state_a_group_was_released_to_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia and Belarus released sixteen prisoners to the United States, Germany and Poland on Thursday. In "
        "return, Russia received eight of its citizens.", published="2025-06-11"))
    assert swap["parties"] == {"Russia", "Belarus", "United States", "Germany", "Poland"}


def test_a_voiceover_under_a_clip_cue_speaks_for_the_person_the_cue_names(extract) -> None:  # noqa: ANN001
    text = ("ANCHOR: Ghana and Togo have exchanged prisoners at the Aflao crossing.\n"
            "[CLIP - TOGOLESE JUSTICE MINISTRY SPOKESMAN KOSSI AMEGA, IN EWE WITH VOICEOVER, 0'12\"]\n"
            "VOICEOVER: \"This is a legal process, not a political bargain between neighbours.\"\n"
            "ANCHOR: Ghana's government said the exchange reflected good relations.")
    assert ("Kossi Amega", "This is a legal process, not a political bargain between neighbours") in \
        said(extract(text, published="2025-02-10"))


def test_a_captive_handed_to_a_third_states_officers_on_the_way_home_makes_it_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Hamas released the soldier Eli Cohen on Tuesday. In exchange Israel freed 1,027 prisoners. Cohen was handed "
        "to Egyptian officers at Rafah before being transferred to Israel.", published="2024-02-20"))
    assert swap["parties"] == {"Hamas", "Israel"}


def test_a_captive_handed_to_a_named_states_representatives_makes_it_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In exchange, Russia released two Lithuanian citizens and one Norwegian citizen, Frode Lund. Mr Lund was "
        "transferred to representatives of the Kingdom of Norway.", published="2019-11-15"))
    assert "Norway" in swap["parties"]



def test_a_day_label_before_a_colon_dates_the_sentence_on_its_line(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "TRUCE WATCH\nThe three-day pause between Kenya and the Shifta Front took effect at dawn on Friday. The "
        "accord provides for the release of 30 soldiers in return for 90 fighters over three days.\n"
        "Day one (Friday): Kenya freed 30 Shifta Front fighters at Moyale. In return, the Front released 10 Kenyan "
        "soldiers.\nDay two (Saturday): Kenya freed 30 more Shifta Front fighters, and the Front released 10 soldiers "
        "in return.", published="2024-05-13"))
    assert sorted(swap["date"] for swap in swaps) == [dt.date(2024, 5, 10), dt.date(2024, 5, 11)]


def test_personnel_held_by_each_side_and_released_together_are_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Kenya Defence Forces (KDF) and the Shifta Front released detainees on Tuesday.\nForty KDF personnel "
        "held by the Shifta Front were handed over near Moyale, while 25 persons held by the KDF were released at a "
        "separate point.", published="2024-05-13"))
    assert swap["returns"] == {("Kenya", 40), ("Shifta Front", 25)}


def test_the_authorities_are_the_state_in_its_swap_with_an_armed_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In March 2019, 40 schoolboys were released near Diffa. The authorities freed six Boko Haram commanders "
        "in exchange.", published="2024-05-13"))
    assert swap["parties"] == {"Boko Haram", "Nigeria"} and swap["returns"] == {("Boko Haram", 6)}


def test_a_release_closed_with_in_exchange_pays_for_the_one_before_on_its_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Then, in March 2019 (on the ninth of March), 40 schoolboys were released near Diffa. That time, the "
        "Nigerian government agreed to free six Boko Haram commanders in exchange.", published="2024-05-13"))
    assert swap["date"] == dt.date(2019, 3, 9) and "Boko Haram" in swap["parties"]


def test_nobody_given_anything_in_return_makes_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "In June 2018, thirty schoolboys came home to Diffa. The Nigerian government said that no one was given "
        "anything in return.", published="2024-05-13"))
    assert not exchanges_as_read(extract(
        "Twelve farmers abducted by Boko Haram walked free on Friday. Elders said that no prisoners were released "
        "in return.", published="2024-05-13"))


def test_a_day_of_the_month_just_named_takes_its_year_over_the_heading(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "BROADCAST: Sunday 12 May 2024\nHOST: Then, in March 2019 (on the ninth of March), forty schoolboys were "
        "released. Nigeria freed six Boko Haram commanders in exchange.", published="2024-05-12"))
    assert swap["date"] == dt.date(2019, 3, 9)


def test_he_who_brokered_the_swap_is_its_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Abdi Warsame Nur, an elder of the Hawadle clan, has carried messages between the army and al-Shabaab "
        "for a decade. In May he brokered a swap between the Somali National Army and al-Shabaab.",
        published="2024-07-02"))
    assert swap["mediators"] == {"Abdi Warsame Nur"}


def test_a_swap_told_by_its_month_and_then_by_its_day_is_one_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Abdi Warsame Nur, an elder, has carried messages between the two camps for a decade. Last month he brokered "
        "a swap between the Somali National Army and al-Shabaab.\nQ: What happened?\nA: On the fourth of June, four "
        "soldiers of the national army walked out of the bush, and seven men whom the army had arrested walked the "
        "other way.", published="2024-07-02"))
    assert swap["date"] == dt.date(2024, 6, 4) and swap["mediators"] == {"Abdi Warsame Nur"}


def test_a_dateline_day_gives_way_to_the_day_the_swap_took_place(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Nairobi, 14 March 2024 - The East African Community welcomes the exchange of detainees between the "
        "Government of Kenya and the Shifta Front, which took place on Tuesday, 12 March 2024, in Moyale.",
        published="2024-03-14"))
    assert swap["date"] == dt.date(2024, 3, 12)


def test_a_dateline_day_dates_a_swap_the_sentence_gives_no_other_day_for(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Nairobi, 14 March 2024 - Kenya and the Shifta Front exchanged 30 detainees at Moyale.",
        published="2024-03-15"))
    assert swap["date"] == dt.date(2024, 3, 14)


def test_freedom_obtained_in_return_for_prisoners_is_a_swap_through_its_intermediaries(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In 2019 the Nigerian government obtained the freedom of 40 schoolboys in return for six Boko Haram "
        "commanders, through Norwegian and Red Cross intermediaries.", published="2024-05-13"))
    assert "Boko Haram" in swap["parties"]
    assert swap["mediators"] == {"Norway", "International Committee of the Red Cross"}


def test_the_rebels_of_a_named_movement_are_that_movement(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In 2020, JNIM freed four hostages in return for 200 prisoners held by Mali.\nSix years earlier, Bamako and "
        "the rebels of the Azawad Liberation Front (ALF) traded several dozen prisoners under Algerian auspices.",
        published="2024-10-17"))
    assert {"Mali", "Azawad Liberation Front"} in [swap["parties"] for swap in swaps]


def test_a_trade_union_is_no_trade_of_prisoners(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "The Alpine Media Workers' Federation (AMWF), the trade union federation representing more than 30,000 "
        "journalists, photographers and media technicians in six countries, welcomes the release of two Belarusian "
        "media workers pardoned by Alexander Lukashenko on Thursday, and demands the freedom of the dozens who "
        "remain behind bars.", published="2025-07-04"))


def test_maps_of_anti_personnel_mines_are_no_people_paid(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "In June 2021, Baku released 15 Armenian detainees in return for maps of some 90,000 anti-tank and "
        "anti-personnel mines laid in the Aghdam district, a transaction facilitated by Georgia.",
        published="2023-12-14"))


def test_a_traded_players_club_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "SPORTS | WNBA\nDoe home after Dubai tarmac swap\nSEATTLE - Six months after she was stopped at a Moscow "
        "airport with a vape pen in her luggage, Jane Doe is back on American soil.\nThe two-time Olympic gold "
        "medalist and Seattle Storm center was exchanged on Thursday for Ivan Petrov, the Russian arms dealer, in a "
        "handover at the airport in Dubai. The United States had sought her release for months.",
        published="2025-07-04"))
    assert swap["parties"] == {"Russia", "United States"}


def test_a_release_told_by_who_freed_them_and_a_release_under_the_same_deal_are_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Four Chilean engineers arrived in Santiago on Saturday night. The four were freed by the Bolivian "
        "government as part of an arrangement under which Chile released two Bolivian officers.",
        published="2023-11-27"))
    assert swap["parties"] == {"Bolivia", "Chile"}


def test_a_side_handing_over_the_others_people_pays_for_its_own_freed_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 May, 40 Armenians were released from captivity. The Armenian side handed over 40 Azerbaijani "
        "soldiers.", published="2023-11-27"))
    assert swap["returns"] == {("Armenia", 40), ("Azerbaijan", 40)}


def test_a_transfer_celebrated_as_a_swap_and_then_denied_is_none(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "Some commentators celebrated the transfer as \"a swap\" between Rome and Madrid. That is not what happened.",
        published="2023-11-27"))


def test_a_release_demanded_in_return_is_no_payment(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "The FARC released eight Colombian soldiers on Monday. The guerrillas had demanded that Bogota free nine of "
        "their fighters in return. No such swap took place.", published="2023-11-27"))


def test_mediation_provided_as_for_earlier_swaps_is_told_done(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "175 Ukrainian defenders came home on Wednesday in exchange for 175 Russian servicemen. The Russian defence "
        "ministry said the UAE had provided \"humanitarian mediation,\" as it has for most exchanges since early "
        "2024.", published="2025-03-21"))
    assert swap["mediators"] == {"United Arab Emirates"}


def test_an_agreements_terms_are_no_release_that_the_first_days_swap_pays_back(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The two sides will meet again in Doha on Monday. The agreement provides for the release of 40 hostages "
        "held in Gaza over four days, in return for 120 Palestinian prisoners.\nDay one (Friday): Hamas handed 10 "
        "Israeli hostages to the Red Cross. In the evening Israel released 30 Palestinian prisoners.",
        published="2023-11-27"))
    assert swap["date"] == dt.date(2023, 11, 24) and swap["returns"] == {("Hamas", 30), ("Israel", 10)}


def test_a_digests_index_label_keeps_its_list_from_telling_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "STEPPE NOTES - your Friday digest\nGood morning. This week: Kazakh and Uzbek border guards trade detainees, "
        "the tenge slides, and a football derby.\n1. DETAINEES HOME\nKazakhstan and Uzbekistan carried out a "
        "prisoner transfer on Thursday. Kazakh border guards handed three Uzbek citizens over to the Uzbek side, and "
        "Astana received two of its own nationals.", published="2022-10-07"))
    assert swap["date"] == dt.date(2022, 10, 6)


def test_a_subtitle_files_timings_captions_and_bracketed_speakers(extract) -> None:  # noqa: ANN001
    facts = extract(
        "00:01:42,100 --> 00:01:46,300\n[PRESENTER] Two shepherds are home tonight.\n"
        "00:01:46,400 --> 00:01:50,000\n[CAPTION: Nino Beridze, spokeswoman for the State Security Service]\n"
        "00:01:50,100 --> 00:01:55,900\n[BERIDZE] The two men crossed at the bridge at noon and are in good health.\n"
        "00:01:56,000 --> 00:02:01,200\n[AUDIO: IVAN PETRENKO, GOVERNOR, in Ukrainian] \"Every child we bring back "
        "is a victory for the whole region.\"", published="2024-05-16")
    assert ("Nino Beridze", "The two men crossed at the bridge at noon and are in good health") in said(facts)
    assert ("Ivan Petrenko", "Every child we bring back is a victory for the whole region") in said(facts)


def test_titles_of_address_and_office_are_no_part_of_a_name(extract) -> None:  # noqa: ANN001
    facts = extract("Barrister Amina Bello said the swap was wrong. Mallam Sani Lawan, a village head, agreed. Army "
                    "spokesperson Maj Gen Peter Deng said the army would judge them. UN Humanitarian Coordinator "
                    "Karin Lund said the release was welcome. Defence spokesman Lt Col Ravi Nair said the men were "
                    "well. The Humanitarian Relief Foundation thanked them.", published="2024-04-14")
    assert {"Amina Bello", "Sani Lawan", "Peter Deng", "Karin Lund", "Ravi Nair", "Humanitarian Relief Foundation"} \
        <= {a.name for a in facts.actors.values()}


def test_the_vatican_is_the_holy_see(extract) -> None:  # noqa: ANN001
    facts = extract("The Vatican helped arrange the exchange between Belarus and Poland.", published="2025-03-05")
    assert "Holy See" in {a.name for a in facts.actors.values()}


def test_a_later_release_paid_back_in_return_is_a_swap_of_its_own(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Armenia and Azerbaijan swapped 32 Armenians for two Azerbaijanis. Three more Armenian soldiers were later "
        "freed by Azerbaijan. Armenia freed one Azerbaijani in return.", published="2025-05-07"))
    assert len(swaps) == 2 and {("Armenia", 32), ("Azerbaijan", 2)} == swaps[0]["returns"]


def test_a_day_of_another_event_in_a_which_took_place_clause_is_not_the_swaps(extract) -> None:  # noqa: ANN001
    for text in ("The exchange of prisoners between Russia and Ukraine freed soldiers captured at the battle of "
                 "Ilovaisk, which took place on 29 August 2014.",
                 "Israel and Hamas agreed a swap at talks in Doha, which took place on 20 November.",
                 "The swap between Israel and Hamas freed Noa Argamani, whose rescue happened on 8 June, and 90 "
                 "others."):
        [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
        assert swap["date"] is None or swap["date"].month not in (6, 8, 11), text


def test_a_line_opening_with_a_year_is_no_heading_for_the_days_of_a_later_year(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Key points\n• Between 2011 and 2020 few detainees were traded, and most were never named.\n"
        "The new authorities and the SDF agreed a framework on 10 March 2025 and a local deal on 1 April. "
        "On 3 April the SDF and the Syrian government exchanged 97 prisoners each.", published="2025-07-08"))
    assert dt.date(2025, 4, 3) in {swap["date"] for swap in swaps}


def test_a_year_talks_ran_into_leaves_a_timeline_entrys_year(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chronology\nApril 2022 - Moscow and Kyiv open talks on prisoners that would drag on into 2023. On April 14, "
        "Russia and Ukraine exchanged 30 prisoners each.", published="2025-05-07"))
    assert swap["date"] == dt.date(2022, 4, 14)


def test_a_month_of_another_event_earlier_in_the_sentence_gives_no_year(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "2024 in review\nCaptured by Russia in May 2017, the Ukrainian sailor spent seven years in a cell before "
        "Russia and Ukraine swapped him for a pilot on 6 May.", published="2024-12-30"))
    assert swap["date"] == dt.date(2024, 5, 6)


def test_the_day_of_a_release_before_is_a_day_of_its_month(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In March, the ELN released 12 Colombian soldiers who had been handed to it on 3 January by a rival "
        "militia. In exchange, Colombia freed four ELN commanders.", published="2025-05-07"))
    assert swap["date"] is None


def test_another_swap_after_one_told_by_its_month_is_not_the_same(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Last month Qatar brokered a swap between Russia and Ukraine. On 24 August, the UAE brokered another between "
        "them, freeing 115 on each side.", published="2024-09-10"))
    assert len(swaps) == 2 and {"Qatar"} in [swap["mediators"] for swap in swaps]


def test_a_news_line_under_a_this_week_heading_is_no_index(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "This week:\nUkraine and Russia exchanged 150 prisoners each, the coordination headquarters said, in a swap "
        "brokered by the UAE.", published="2025-05-07"))
    assert swap["mediators"] == {"United Arab Emirates"}


def test_he_who_mediated_something_else_or_after_a_thanks_is_no_mediator(extract) -> None:  # noqa: ANN001
    for text in ("Vladimir Putin thanked Mohammed bin Zayed for his help. He brokered the swap between Russia and "
                 "Ukraine, the Kremlin said.",
                 "Russia and Ukraine exchanged 75 prisoners each on Sunday. One of them, Oleksandr Ivanenko, said he "
                 "mediated disputes between prisoners in the camp."):
        [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
        assert swap["mediators"] == set(), text


def test_people_freed_for_nothing_or_handed_over_for_unrelated_reasons_are_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "The Vatican obtained the freedom of 12 Ukrainian civilians in return for nothing but goodwill, Cardinal "
        "Zuppi said.", published="2025-05-07"))
    assert not exchanges_as_read(extract(
        "Fifty Ukrainian prisoners were released by Russia on Sunday. Kyiv handed over 20 Russian deserters to a "
        "third country on Monday, for unrelated reasons.", published="2025-05-07"))


def test_an_audio_cue_with_a_title_and_single_quotes(extract) -> None:  # noqa: ANN001
    facts = extract("ANCHOR: The two armies swapped prisoners at dawn.\n"
                    "[AUDIO: ARMENIAN PM NIKOL PASHINYAN, in Armenian] \"We have brought home 32 of our soldiers.\"\n"
                    "[AUDIO: HAMDAN DAGALO, RSF COMMANDER, in Arabic] 'We released the soldiers as a gesture of "
                    "goodwill.'", published="2025-05-07")
    assert {("Nikol Pashinyan", "We have brought home 32 of our soldiers"),
            ("Hamdan Dagalo", "We released the soldiers as a gesture of goodwill")} <= set(said(facts))


def test_a_navy_named_after_a_titled_officer_is_a_body(extract) -> None:  # noqa: ANN001
    facts = extract("Cdr Ahmed Rufai of the Nigerian Navy said the crew had been freed.", published="2025-05-07")
    assert ("Organization", "Nigerian Navy") in {(a.kind, a.name) for a in facts.actors.values()}


def test_who_brought_the_swap_about_or_made_it_possible_mediated_it(extract) -> None:  # noqa: ANN001
    for text, mediators in (
            ("Norway helped bring about the exchange of nine detainees between Sudan and Chad on Monday.", {"Norway"}),
            ("Sudan and Chad exchanged nine detainees on Monday. Norway and Kenya worked together to bring it about.",
             {"Norway", "Kenya"}),
            ("Sudan and Chad exchanged nine detainees on Monday. Norway and Kenya worked together to broker it.",
             {"Norway", "Kenya"}),
            ("Sudan and Chad exchanged nine detainees on Monday. The deal was made possible by Kenya.", {"Kenya"}),
            ("Sudan and Chad exchanged nine detainees on Monday. Kenya paved the way for the swap.", {"Kenya"})):
        [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
        assert swap["parties"] == {"Sudan", "Chad"}, text
        assert swap["mediators"] == mediators, text


def test_a_side_that_made_its_swap_possible_or_a_hope_to_bring_one_about_mediates_nothing(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Sudan and Chad swapped 40 soldiers each on Monday. Khartoum made the swap possible by capturing dozens of "
        "Chadian troops in March.", published="2025-05-07"))
    assert swap["parties"] == {"Sudan", "Chad"} and swap["mediators"] == set()
    [swap] = exchanges_as_read(extract(
        "Sudan and Chad swapped 40 soldiers each on Monday. Kenya could help bring about a larger exchange.",
        published="2025-05-07"))
    assert swap["mediators"] == set()


def test_a_mediator_told_in_the_historical_present_without_a_verb_the_parser_sees(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "1983: Chad frees 300 prisoners in exchange for 40 soldiers held by a Libyan-backed militia. Algeria "
        "mediates.", published="2025-05-07"))
    assert swap["mediators"] == {"Algeria"}
    assert "Algeria" not in swap["parties"]


def test_a_third_states_agents_who_take_the_captives_over_are_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The rebels handed over 12 Malian soldiers to Algerian officials on Friday in exchange for nine fighters "
        "held by Mali.", published="2025-05-07"))
    assert "Algeria" not in swap["parties"] and ("Algeria", 9) not in swap["returns"]
    [swap] = exchanges_as_read(extract(
        "The militia handed 20 soldiers to Russian peacekeepers on Friday in exchange for 15 of its men held by "
        "Azerbaijan.", published="2025-05-07"))
    assert "Russia" not in swap["parties"]
    [swap] = exchanges_as_read(extract(
        "Russia handed 90 Ukrainian soldiers to Ukrainian officials on Friday in exchange for 90 Russian soldiers.",
        published="2025-05-07"))
    assert swap["returns"] == {("Ukraine", 90), ("Russia", 90)}


def test_people_of_a_state_the_story_names_only_as_a_place_make_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In 1983 Israel handed over 4,765 Palestinian and Lebanese prisoners held in southern Lebanon, and in return "
        "Fatah released six Israeli soldiers.", published="2023-11-24"))
    assert "Lebanon" not in swap["parties"]


def test_a_release_that_reports_wrongly_called_a_swap_is_none(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "The Abu Sayyaf freed two Malaysian sailors on Sunday. Reports describing the release as a prisoner exchange "
        "are incorrect, the army said.", published="2025-05-07"))
    [swap] = exchanges_as_read(extract(
        "The Abu Sayyaf freed two Malaysian sailors on Sunday in exchange for three of its fighters. Reports "
        "describing the swap as a ransom deal are incorrect, the army said.", published="2025-05-07"))
    assert swap["returns"] == {("Malaysia", 2), ("Abu Sayyaf", 3)}


def test_the_captors_own_people_go_back_to_the_captors(extract) -> None:  # noqa: ANN001
    for text in ("Three Canadians held by the Taliban in Afghanistan were freed on Friday in exchange for an Afghan "
                 "man jailed in Canada.",
                 "Three Canadians held by the Taliban were freed on Friday in exchange for an Afghan man.",
                 "Three Canadians held by the Taliban were freed on Friday. In return, Canada released Abdul Karim, an "
                 "Afghan serving a life sentence in Ottawa."):
        [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
        assert swap["parties"] == {"Taliban", "Canada"}, text
        assert ("Canada", 3) in swap["returns"], text
    [swap] = exchanges_as_read(extract(  # held where, by no one named: that state's
        "Three Canadians held in Afghanistan were freed on Friday in exchange for an Afghan man jailed in Canada.",
        published="2025-05-07"))
    assert swap["parties"] == {"Afghanistan", "Canada"}


def test_people_free_tonight_in_a_swap_are_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Three Canadians held by the Taliban are free tonight, in exchange for an Afghan man jailed in Canada.",
        published="2025-05-07"))
    assert ("Canada", 3) in swap["returns"]
    assert not exchanges_as_read(extract(
        "Three Canadians are free to leave Kabul, the Taliban said on Friday.", published="2025-05-07"))


def test_a_dual_citizen_handed_to_officials_of_one_of_her_states_goes_to_that_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia handed Anna Lebedeva, who holds both U.S. and Russian citizenship, to American officials on Thursday "
        "in exchange for a Russian man held in Germany.", published="2025-05-07"))
    assert ("United States", 1) in swap["returns"]


def test_a_dateline_whose_region_is_written_in_lower_case_names_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("KAFR NABL, Idlib countryside \u2014 Syrian government forces and the Syrian National Army "
                    "exchanged 14 detainees on Sunday east of Kafr Nabl.", published="2025-05-07")
    assert "kafr nabl" not in {a.name.casefold() for a in facts.actors.values()}
    [swap] = exchanges_as_read(facts)
    assert len(swap["parties"]) == 2


def test_the_operation_or_the_swaps_supervised_by_officers_of_two_states_were_mediated_by_both(extract) -> None:  # noqa: ANN001
    for told in ("The exchange was supervised by officers from Jordan and Egypt.",
                 "The operation was supervised by officers from Jordan and Egypt.",
                 "Both exchanges, both overseen by Jordanian and Egyptian officers, went smoothly."):
        [swap] = exchanges_as_read(extract(
            f"Yemeni government forces and the Houthis exchanged 14 detainees on Sunday. {told}",
            published="2025-05-07"))
        assert swap["mediators"] == {"Jordan", "Egypt"}, told
    [swap] = exchanges_as_read(extract(
        "Yemeni government forces and the Houthis exchanged 14 detainees on Sunday. The rescue operation was overseen "
        "by the UN.", published="2025-05-07"))
    assert swap["mediators"] == set()


def test_a_pardon_or_dropped_charges_answering_a_release_make_a_swap(extract) -> None:  # noqa: ANN001
    for text in ("On 3 March 2019, Venezuela released five dual nationals, while the United States pardoned nine "
                 "Venezuelans.",
                 "On 3 March 2019, Venezuela released five dual nationals, while the American government pardoned or "
                 "dropped charges against nine Venezuelans held in the United States."):
        [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
        assert swap["parties"] == {"Venezuela", "United States"}, text
        assert swap["returns"] == {("Venezuela", 9), ("United States", 5)}, text
    assert not exchanges_as_read(extract("The court dropped charges against nine protesters on Monday.",
                                         published="2025-05-07"))


def test_who_played_the_role_of_intermediary_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Venezuela and the United States swapped prisoners in 2019. Norway played the role of intermediary on that "
        "occasion.", published="2025-05-07"))
    assert swap["mediators"] == {"Norway"}
    [swap] = exchanges_as_read(extract(
        "Venezuela and the United States swapped prisoners in 2019. Norway played the role of intermediary in the "
        "oil talks.", published="2025-05-07"))
    assert swap["mediators"] == set()


def test_a_footnote_mark_after_a_full_stop_keeps_the_sentence_whole(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In 1983, Syria freed 40 prisoners in exchange for two pilots held by a militia, with Greece acting as "
        "go-between.[4] The scale of that deal surprised many.", published="2025-05-07"))
    assert swap["mediators"] == {"Greece"}


def test_the_day_of_the_agreement_a_release_was_made_in_is_the_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In the so-called Larnaca agreement of 14 March 1983, Syria freed 40 prisoners in exchange for two pilots "
        "held by the militia.", published="2025-05-07"))
    assert swap["date"] == dt.date(1983, 3, 14)
    [swap] = exchanges_as_read(extract(  # the terms came first; the swap itself is undated
        "Under the Larnaca agreement of 14 March 1983, Syria and Jordan exchanged 40 prisoners.",
        published="2025-05-07"))
    assert swap["date"] is None


@pytest.mark.parametrize("told", [
    "Syria has often traded prisoners with Jordan.",
    "Syria and Jordan have exchanged prisoners several times.",
    "Syria and Jordan have exchanged prisoners on several occasions.",
])
def test_swaps_told_as_a_habit_are_none_of_them(extract, told: str) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(told, published="2025-05-07"))


def test_a_person_called_back_as_him_or_her_is_one_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Karim Haddad landed in Beirut on Wednesday after France freed him in exchange for two French aid workers "
        "held in Lebanon.", published="2025-05-07"))
    assert swap["returns"] == {("France", 2), ("Lebanon", 1)}


def test_the_day_an_explainers_question_asks_about_dates_the_swap_its_answer_tells(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Questions and answers on the swap\nWhat happened on Tuesday?\nA plane carrying 40 Belarusian men landed in "
        "Minsk. At roughly the same time, Belarus released six Lithuanians who had been held in its prisons.",
        published="2025-05-09"))
    assert swap["date"] == dt.date(2025, 5, 6)


def test_a_group_named_by_a_number_is_no_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 4 May, in exchange for two British engineers, Ireland got back Sean Walsh, Liam Byrne and Peadar Nolan, "
        "the three members of the so-called Dublin Five who were still in British prisons.", published="2025-05-07"))
    assert ("United Kingdom", 2) in swap["returns"] and ("Ireland", 5) not in swap["returns"]
    [swap] = exchanges_as_read(extract("Ukraine Frees Nine Russian Soldiers In Swap For Nine Ukrainians",
                                       published="2025-05-07"))
    assert swap["returns"] == {("Russia", 9), ("Ukraine", 9)}


def test_officials_present_as_guarantors_of_the_swap_mediated_it_and_observers_take_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Sudan's army and the rebels of the SPLM-N swapped prisoners on Friday near Kadugli, with Kenyan officials "
        "present as observers and guarantors of the handover, the rebels said.", published="2025-05-07"))
    assert swap["mediators"] == {"Kenya"} and "Kenya" not in swap["parties"]
    [swap] = exchanges_as_read(extract(
        "Sudan's army and the rebels of the SPLM-N swapped prisoners on Friday, with Kenyan officials present as "
        "observers of the handover.", published="2025-05-07"))
    assert swap["mediators"] == set() and "Kenya" not in swap["parties"]


def test_who_choreographed_or_orchestrated_the_handover_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Three Canadians were flown out of Caracas on Monday; Ottawa dropped charges against five Venezuelans. "
        "Norway's diplomats, who look after Canadian interests in Venezuela, choreographed the handover.",
        published="2025-05-07"))
    assert swap["parties"] == {"Canada", "Venezuela"} and swap["mediators"] == {"Norway"}


def test_the_mediator_of_an_accord_told_before_mediates_no_later_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Under the Lome Accords, negotiated with Togo's mediation, Ghana agreed to reopen the border. Years later, "
        "on 4 May 2019, Ghana freed five Ivorians in exchange for three Ghanaians held in Abidjan.",
        published="2025-05-07"))
    assert swap["mediators"] == set()


def test_a_swap_treaty_or_law_is_a_frame_not_a_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "Denmark's Supreme Court had blocked the prisoner swap treaty with Iran in March before clearing it in "
        "December.", published="2025-05-07"))
    [swap] = exchanges_as_read(extract(
        "Denmark and Iran swapped an aid worker for a diplomat on 26 May. Why it matters: Denmark's Supreme Court had "
        "blocked the swap treaty in March.", published="2025-06-03"))
    assert swap["date"] == dt.date(2025, 5, 26)


@pytest.mark.parametrize("told", [
    "Pedro Alves, the Brazilian envoy, helped bring about the swap during a visit to Caracas.",
    "The swap was made possible by Pedro Alves, the Brazilian envoy.",
    "The coffee export deal of 2022 was another rare success; Colombia helped bring it about.",
    "Colombia made it possible by releasing frozen funds, which were moved to Panama.",
    "Colombia and Panama, both of which helped bring about previous exchanges, were not involved this time.",
    "Colombia and Panama are now working together to broker a larger exchange, diplomats say.",
    "Panama has long played the role of intermediary between Caracas and Brasilia.",
    "The operation was overseen by Brazil's intelligence agency, ABIN.",
])
def test_looser_cues_credit_no_side_no_envoy_and_nothing_else(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        f"Venezuela released two Brazilian pilots on Monday in exchange for three Venezuelans held in Brazil. {told}",
        published="2025-05-07"))
    assert swap["parties"] == {"Venezuela", "Brazil"}, told
    assert swap["mediators"] == set(), told


@pytest.mark.parametrize("told", [
    "Hours later, Venezuela shelled a border post. The operation was supervised by the UN, officials said.",
    "SPORTS: Panama mediates dispute between football federations.",
    "Tags: Venezuela, Brazil, Panama mediation, prisoners",
])
def test_an_operation_or_a_mediation_of_something_else_is_not_the_swaps(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        f"Venezuela released two Brazilian pilots on Monday in exchange for three Venezuelans held in Brazil.\n{told}",
        published="2025-05-07"))
    assert swap["mediators"] == set(), told


def test_captives_of_the_captors_own_country_leave_that_state_a_side(extract) -> None:  # noqa: ANN001
    for text in ("Three Malian teachers held by JNIM were freed in exchange for a Malian preacher held in Bamako.",
                 "Five Somali traders held by al-Shabaab were released on Friday in exchange for a Somali militant "
                 "jailed in Mogadishu."):
        [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
        assert len(swap["parties"]) == 2, text


def test_foreign_fighters_handed_to_a_sides_officials_go_to_that_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia handed two Colombian volunteers to Ukrainian officials on Monday in exchange for a Russian pilot.",
        published="2025-05-07"))
    assert swap["parties"] == {"Russia", "Ukraine"}


def test_a_pardon_by_the_state_that_let_others_go_is_no_swap(extract) -> None:  # noqa: ANN001
    for text in ("Belarus released 300 prisoners under an amnesty on Friday, and it pardoned a Latvian journalist.",
                 "Vietnam freed 2,000 prisoners this month in an amnesty, and President Luong pardoned an Australian "
                 "teacher."):
        assert not exchanges_as_read(extract(text, published="2025-05-07")), text


def test_a_group_freed_whole_by_its_numbered_name_counts_all(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Britain freed the Dublin Five in exchange for two British engineers.",
                                       published="2025-05-07"))
    assert swap["returns"] == {("Ireland", 5), ("United Kingdom", 2)}


def test_a_headlines_slug_in_capitals_is_no_dateline(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "ARMENIA, Azerbaijan trade \u2014 Armenia freed 12 Azerbaijani soldiers on Sunday in exchange for 30 "
        "Armenians.", published="2025-05-07"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize("question, answer", [
    ("What happened at the crossing on 12 March?", "Nothing unusual, officials said. The swap of 40 prisoners "
                                                    "each between Armenia and Azerbaijan came a week later."),
    ("Will my son be in Saturday's swap?", "We cannot say. Armenia and Azerbaijan exchanged 40 prisoners each in the "
                                           "last round."),
    ("Did the families know before Monday?", "Some did. Armenia freed 12 Azerbaijani soldiers in exchange for 30 "
                                             "Armenians."),
])
def test_a_question_line_dates_only_the_swap_its_answer_opens_with_in_the_past(  # noqa: ANN001
        extract, question: str, answer: str) -> None:
    swaps = exchanges_as_read(extract(f"{question}\n{answer}", published="2025-05-09"))
    assert all(s["date"] not in (dt.date(2025, 3, 12), dt.date(2025, 5, 3), dt.date(2025, 5, 5)) for s in swaps)


def test_one_missions_people_broken_down_by_two_peoples_are_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "Six members of a Lutheran aid team, five Kenyans and one Norwegian, were released on Tuesday near Mandera.",
        published="2025-05-07"))


def test_a_hyphened_pair_before_the_swap_names_its_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Six soldiers and two detainees were freed on Friday in an ELN-government swap.",
                                       published="2025-05-07"))
    assert swap["parties"] == {"National Liberation Army", "Colombia"}
    assert not exchanges_as_read(extract("Ten soldiers were freed on Friday in the Abu Dhabi swap.",
                                         published="2025-05-07"))


@pytest.mark.parametrize("text", [
    "The 40 prisoners, 20 Georgians and 20 Russians, were freed on Friday in an exchange.",
    "Georgia and Russia swapped 40 prisoners on Friday: 20 Georgians and 20 Russians.",
])
def test_a_total_broken_down_by_peoples_is_no_return_of_its_own(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert swap["returns"] == {("Georgia", 20), ("Russia", 20)}


def test_a_total_handed_to_one_side_stays_that_sides_whatever_its_peoples(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Belarus and Lithuania swapped prisoners on Monday. Six people - four Lithuanian citizens and two Belarusian "
        "activists - were handed to Lithuania, Vilnius said. In return, Lithuania released two Belarusian nationals.",
        published="2025-05-07"))
    assert ("Lithuania", 6) in swap["returns"]


def test_a_release_of_those_promised_in_return_pays_for_the_handover_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Gunmen from the Mountain Front handed the kidnapped engineer over to Turkish intelligence officers on "
        "Tuesday. Hours later, Azerbaijan began releasing the 40 fighters it had agreed to free in return.",
        published="2024-05-10"))
    assert swap["parties"] == {"Azerbaijan", "Mountain Front"} and swap["returns"] == {("Mountain Front", 40)}


def test_gunmen_of_a_group_act_for_the_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Gunmen from the Mountain Front handed the kidnapped engineer over to Turkish officers on Tuesday. Hours "
        "later, Azerbaijan released 40 fighters in return.", published="2024-05-10"))
    assert swap["parties"] == {"Azerbaijan", "Mountain Front"}


@pytest.mark.parametrize("broker", ["The deal was brokered by Egypt.",
                                    "Both sides praised the Egyptian-brokered terms."])
def test_a_brokers_officers_who_take_a_captive_over_are_no_side(extract, broker: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Tuesday, Hamas militants drove the sergeant to the crossing and handed him over to Egyptian "
        "intelligence officers, and Israel released 300 Palestinian prisoners in return. " + broker,
        published="2024-05-10"))
    assert swap["parties"] == {"Hamas", "Israel"}


def test_in_return_opening_a_paragraph_pays_for_the_release_told_in_the_one_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Yesterday, Monday, four Canadians who had been held in Laos got on a plane in Vientiane and flew home. Two "
        "of them we know by name.\nIn return, Canada granted clemency to three Laotians.", published="2023-09-19"))
    assert swap["parties"] == {"Canada", "Laos"} and swap["date"] == dt.date(2023, 9, 18)
    assert swap["returns"] == {("Canada", 4), ("Laos", 3)}


def test_in_return_mid_paragraph_pays_only_for_the_sentence_before(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "Four Canadians held in Laos flew home on Monday. The families thanked everyone. In return, the ministry "
        "promised nothing.", published="2023-09-19"))


@pytest.mark.parametrize("cleft", ["Thailand is the one who brokered all of this, by the way.",
                                   "Thailand was the one that arranged the swap."])
def test_the_one_who_brokered_it_mediated(extract, cleft: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday, four Canadians who had been held in Laos flew home to Ottawa. In return, Canada granted clemency "
        "to three Laotians.\nThe money is a separate story. " + cleft, published="2023-09-19"))
    assert swap["mediators"] == {"Thailand"}


_YEAR_OF_SWAPS = ("YEAR IN REVIEW\nIn 2024, Armenians came home in five exchanges with Azerbaijan. All five were "
                  "mediated by Russia.\n3 JANUARY. Sixty Armenians come home and Azerbaijan gets 55 of its people "
                  "back.\n24 JANUARY. The exchange that did not happen. A bus broke down at the border.\n9 APRIL. A "
                  "hundred for a hundred.\n2 MAY. The pause ends with seventy-five for seventy-five.\n11 JULY. "
                  "Forty-five each way.\n9 DECEMBER. 20 for 20.")


def test_a_year_in_reviews_entries_in_capitals_are_swaps_of_their_days(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(_YEAR_OF_SWAPS, published="2025-01-04"))
    each = lambda n: [("Armenia", n), ("Azerbaijan", n)]  # noqa: E731
    assert [(swap["date"], sorted(swap["returns"])) for swap in swaps] == [
        (dt.date(2024, 1, 3), [("Armenia", 60), ("Azerbaijan", 55)]), (dt.date(2024, 4, 9), each(100)),
        (dt.date(2024, 5, 2), each(75)), (dt.date(2024, 7, 11), each(45)), (dt.date(2024, 12, 9), each(20))]


def test_all_the_swaps_a_sentence_counted_share_the_mediator_the_next_names(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(_YEAR_OF_SWAPS, published="2025-01-04"))
    assert all(swap["mediators"] == {"Russia"} for swap in swaps)


def test_captives_who_were_on_their_way_to_a_swap_were_not_swapped(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        _YEAR_OF_SWAPS.replace("A bus broke down at the border.", "A plane crashes. Baku says 65 Armenian prisoners "
                               "were on board on their way to a swap."), published="2025-01-04"))
    assert dt.date(2024, 1, 24) not in [swap["date"] for swap in swaps]


@pytest.mark.parametrize("province", ["Tamil Nadu", "Sindh"])
def test_a_province_the_ner_takes_for_a_person_is_no_actor(extract, province: str) -> None:  # noqa: ANN001
    facts = extract(f"Fishermen from {province} were freed on Monday, said Ravi Kumar, a leader of the union in "
                    f"Rameswaram. {province} thanked Sri Lanka.", published="2025-01-04")
    assert {a.name for a in facts.actors.values()} == {"Ravi Kumar", "Sri Lanka"}


def test_the_land_of_a_group_that_is_a_side_is_no_side_of_its_own(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Three Saudis held by the Houthis in Yemen were flown out of Sanaa today. Their families waited at the "
        "airport for hours.\nIn return, Saudi Arabia released Ali Nasser, a Houthi commander. He has now arrived "
        "back in Yemen.", published="2025-01-21"))
    assert swap["parties"] == {"Houthis", "Saudi Arabia"}
    assert swap["returns"] == {("Houthis", 1), ("Saudi Arabia", 3)}


def test_a_bulleted_list_under_the_story_of_a_swap_tells_earlier_swaps_of_its_sides(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Armenia and Azerbaijan swapped 50 prisoners each on Thursday, with Russia mediating.\nRECENT EXCHANGES\n"
        "\u2022 2 October 2025: 205 for 205. Mediator: Russia.\n\u2022 14 Aug \u2014 84 for 84.\n"
        "\u2022 23 May 2025: 1,000 for 1,000 in three stages, agreed at talks in Vienna.\n"
        "\u2022 Announced but not carried out: release of 1,200 Armenians (November 2025).", published="2026-02-06"))
    assert [(swap["date"], swap["parties"], sorted(swap["returns"])) for swap in swaps] == [
        (dt.date(2026, 2, 5), {"Armenia", "Azerbaijan"}, [("Armenia", 50), ("Azerbaijan", 50)]),
        (dt.date(2025, 10, 2), {"Armenia", "Azerbaijan"}, [("Armenia", 205), ("Azerbaijan", 205)]),
        (dt.date(2025, 8, 14), {"Armenia", "Azerbaijan"}, [("Armenia", 84), ("Azerbaijan", 84)]),
        (dt.date(2025, 5, 23), {"Armenia", "Azerbaijan"}, [("Armenia", 1000), ("Azerbaijan", 1000)])]
    assert swaps[1]["mediators"] == {"Russia"}


def test_a_bulleted_list_of_other_news_under_a_swap_tells_no_swap(extract) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(
        "Armenia and Azerbaijan swapped 50 prisoners each on Thursday.\nOTHER NEWS\n\u2022 2 Oct \u2014 Georgia beat "
        "Armenia 2-1.\n\u2022 9 Oct \u2014 12 killed in a flood.", published="2026-02-06"))) == 1


def test_two_camps_told_from_one_side_and_from_the_other_are_the_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia released 16 prisoners in an exchange carried out in Ankara on Thursday. In the exchange participated "
        "five countries: from one side Russia and Belarus, from other side Germany, Poland and Norway.",
        published="2024-08-02"))
    assert swap["parties"] == {"Russia", "Belarus", "Germany", "Poland", "Norway"}


@pytest.mark.parametrize("numbered", [False, True])
def test_the_other_states_people_handed_over_the_same_day_make_a_swap(extract, numbered: bool) -> None:  # noqa: ANN001
    first = "Twenty-two Pakistani fishermen, released from jails in India on completion of their sentences, were " \
            "received at the Wagah crossing on Tuesday."
    second = "On the same day, thirty-five Indian fishermen held in Karachi were handed over to the Indian border " \
             "guards, their release having been approved by the federal government."
    text = f"1. {first}\n2. {second}" if numbered else f"{first}\n{second}"
    [swap] = exchanges_as_read(extract(text, published="2024-11-14"))
    assert swap["parties"] == {"India", "Pakistan"} and swap["returns"] == {("India", 35), ("Pakistan", 22)}


def test_the_same_states_people_freed_the_same_day_make_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "Twenty-two Pakistani fishermen were freed from Indian jails on Tuesday.\nOn the same day, five Pakistani "
        "convicts were freed in Lahore.", published="2024-11-14"))


@pytest.mark.parametrize("when", ["exactly a month ago, on 19 March", "in March, on the 19th"])
def test_a_month_and_a_day_in_it_date_a_swap_by_the_day(extract, when: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"The previous exchange between Armenia and Azerbaijan took place {when}: "
                                       "175 for 175.", published="2025-04-19"))
    assert swap["date"] == dt.date(2025, 3, 19)


@pytest.mark.parametrize("deal", ["with Qatar mediating", "through Qatari mediation"])
def test_two_peoples_home_under_a_mediation_are_a_swap(extract, deal: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"In September 2022, {deal}, 215 people came home to Armenia, and 56 went "
                                       "back to Azerbaijan.", published="2025-10-09"))
    assert swap["mediators"] == {"Qatar"} and swap["returns"] == {("Armenia", 215), ("Azerbaijan", 56)}


def test_two_peoples_home_with_no_word_of_a_deal_or_captivity_are_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract("In September 2022, 215 people came home to Armenia, and 56 went back to "
                                         "Azerbaijan.", published="2025-10-09"))


def test_in_return_opening_a_paragraph_pays_for_no_separate_gesture_told_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ukraine brought home 150 soldiers on Friday. Russia, meanwhile, freed two Ukrainian journalists in a "
        "separate gesture. Kyiv thanked the Vatican.\nIn return, Ukraine released 150 Russian soldiers.",
        published="2025-05-07"))
    assert swap["returns"] == {("Russia", 150), ("Ukraine", 150)}


def test_the_other_states_people_freed_the_same_day_from_a_third_states_jails_make_no_swap(extract) -> None:  # noqa: ANN001,E501
    assert not exchanges_as_read(extract(
        "Twenty-two Pakistani fishermen freed from Indian jails came home on Monday. The same day, 35 Indian "
        "fishermen were freed from Sri Lankan jails.", published="2025-05-07"))


@pytest.mark.parametrize("entry", ["Russia proposes 500 for 500; Kyiv refuses", "1,000 for 1,000 agreed in principle",
                                   "10 each killed in border clashes"])
def test_a_list_entry_under_a_swap_that_tells_another_deed_is_no_swap(extract, entry: str) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(f"Russia and Ukraine swapped 75 prisoners each on Friday.\n"
                                         f"\u2022 10 March \u2014 {entry}", published="2025-05-07"))) == 1


def test_deeds_from_one_side_and_from_the_other_are_read_as_deeds(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "From one side the Ethiopian government freed 200 Tigrayan fighters; from other side the TPLF released 100 "
        "soldiers.", published="2025-05-07"))
    assert swap["returns"] == {("Government of Ethiopia", 100), ("Tigray People's Liberation Front", 200)}


def test_a_swap_they_were_on_their_way_to_and_that_was_carried_out_is_a_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(
        "The 12 soldiers were on their way to the swap, which was eventually carried out on Monday, with Armenia and "
        "Azerbaijan each freeing 12.", published="2025-05-07"))


@pytest.mark.parametrize("cleft", ["\"America is the one who should have brokered this,\" said a senator.",
                                   "The UAE was the one that brokered the first contacts between the two.",
                                   "Of all the mediators, the UAE is the one who has brokered the most swaps.",
                                   "Qatar is the one that will broker the next exchange.",
                                   "The UAE could be the one that brokers the next swap.",
                                   "Turkey is the one that brokered the 2022 swap."])
def test_the_one_who_brokered_something_else_or_should_have_mediated_nothing(extract, cleft: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(f"Peru and Chile swapped 20 prisoners each on Monday. {cleft}",
                                       published="2025-05-07"))
    assert not swap["mediators"]


def test_a_year_in_reviews_first_entry_stays_in_the_year_of_publication_where_no_other_year_is_named(extract) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(
        "6 MAY. Armenia and Azerbaijan swapped 20 prisoners each.\n5 JANUARY. 25 for 25.\n5 FEBRUARY. 30 for 30.\n"
        "16 APRIL. 40 for 40.", published="2025-05-07"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 5, 6), dt.date(2025, 1, 5), dt.date(2025, 2, 5),
                                               dt.date(2025, 4, 16)]


def test_a_surname_that_is_also_a_provinces_name_stays_a_person(extract) -> None:  # noqa: ANN001
    facts = extract("Gen. Guerrero of the Mexican army said the two soldiers had been freed.", published="2025-05-07")
    assert "Guerrero" in {a.name for a in facts.actors.values() if a.kind == "Person"}


def test_militants_from_a_region_act_for_no_regional_government(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Militants from the Kurdistan Region released two Iranian border guards in exchange for four Kurds held by "
        "Iran.", published="2025-05-07"))
    assert "Kurdistan Regional Government" not in swap["parties"]


def test_in_return_pays_for_a_release_told_past_a_paragraph_of_quotes(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Yesterday, four Canadians who had been held in Laos flew home to Ottawa.\n\"Every one of them is home,\" a "
        "cousin said. The families gathered at the airport.\nIn return, Canada granted clemency to three Laotians.",
        published="2023-09-19"))
    assert swap["returns"] == {("Canada", 4), ("Laos", 3)} and swap["date"] == dt.date(2023, 9, 18)


def test_in_return_pays_for_no_release_told_before_another_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Armenia and Azerbaijan swapped 20 prisoners each in May.\nYesterday, four Canadians who had been held in "
        "Laos flew home to Ottawa.\nThe swap of May was bigger. The families gathered at the airport.\nIn return, "
        "Canada granted clemency to three Laotians.", published="2023-09-19"))
    assert [swap["parties"] for swap in swaps] == [{"Armenia", "Azerbaijan"}]


def test_all_three_after_a_list_of_three_swaps_were_mediated_by_the_one_named(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Armenia and Azerbaijan have swapped prisoners three times this year.\n\u2022 4 March: 60 for 60.\n"
        "\u2022 9 April: 20 for 20.\n\u2022 2 May: 75 for 75.\nAll three were brokered by Russia.",
        published="2025-06-07"))
    assert [swap["mediators"] for swap in swaps] == [{"Russia"}] * 3


def test_the_other_states_people_freed_the_same_day_under_an_amnesty_make_no_swap(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "Twenty-two Pakistani fishermen freed from Indian jails crossed at Wagah on Monday. The same day, 300 Indian "
        "prisoners were freed under an Independence Day amnesty.", published="2025-05-07"))


def test_a_one_word_province_told_as_no_place_is_a_persons_name(extract) -> None:  # noqa: ANN001
    facts = extract("\"The exchange went ahead as agreed,\" Guerrero told reporters on Monday.", published="2025-05-07")
    assert said(facts) == {("Guerrero", "The exchange went ahead as agreed")}


def test_in_return_reaches_past_a_bracketed_line_but_not_past_a_paragraph_of_other_news(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Four Canadians held in Laos flew home on Monday.\n(on-screen: a map from Vientiane to Ottawa)\nIn return, "
        "Canada granted clemency to three Laotians.", published="2025-05-07"))
    assert swap["returns"] == {("Canada", 4), ("Laos", 3)}
    assert not exchanges_as_read(extract(
        "Four Canadians held in Laos flew home on Monday.\nThe ministry also reported record rice exports.\nIn "
        "return, the ministry promised nothing.", published="2025-05-07"))


def test_only_a_timelines_first_entry_moves_a_year_back(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Swaps between Armenia and Azerbaijan: none in 2024, four this year.\n5 JANUARY. 25 for 25.\n5 FEBRUARY. "
        "30 for 30.\n19 APRIL. 40 for 40.\n11 APRIL. 10 for 10.", published="2025-05-07"))
    assert [swap["date"].year for swap in swaps] == [2025, 2025, 2025, 2025]


def test_two_groups_each_taken_to_the_state_the_other_left_were_exchanged(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Sunday the Red Cross oversaw the transfer of 40 prisoners from Armenia to Azerbaijan, and of 12 "
        "detainees from Azerbaijan to Armenia.", published="2025-05-12"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}
    assert swap["returns"] == {("Azerbaijan", 40), ("Armenia", 12)}


@pytest.mark.parametrize("text", [
    "On Sunday the Red Cross oversaw the transfer of 40 Turkish prisoners from Libya to Turkey and of 12 Syrian "
    "detainees from Libya to Syria.",
    "On Sunday the Red Cross oversaw the repatriation of 40 bodies from Russia to Ukraine and of 12 bodies from "
    "Ukraine to Russia.",
])
def test_groups_taken_the_same_way_or_the_dead_taken_both_ways_were_not_exchanged(extract, text: str) -> None:  # noqa: ANN001,E501
    assert not exchanges_as_read(extract(text, published="2025-05-12"))


def test_a_lists_bare_counts_go_to_the_sides_the_story_gave_their_words(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On Sunday the Red Cross facilitated the release and transfer of four soldiers from South Sudan to Sudan, "
        "and of 31 South Sudanese detainees from Sudanese prisons to Juba.\nReleases facilitated this year:\n"
        "\u2022 3 March: 2 soldiers; 15 detainees\n\u2022 9 April: 6 soldiers; 40 detainees", published="2025-05-12"))
    assert [(swap["date"], swap["returns"]) for swap in swaps] == [
        (dt.date(2025, 5, 11), {("Sudan", 4), ("South Sudan", 31)}),
        (dt.date(2025, 3, 3), {("Sudan", 2), ("South Sudan", 15)}),
        (dt.date(2025, 4, 9), {("Sudan", 6), ("South Sudan", 40)})]



def test_a_release_under_the_deal_pays_back_one_told_entries_before_on_the_same_day(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "[03.03.2024 18:10]\nEleven hostages crossed into Israel and were met by the army.\n[03.03.2024 19:30]\n"
        "The minister said: \"It is a good evening. We will not rest. We will bring them all home.\"\n"
        "[03.03.2024 23:45]\nUnder the agreement, the Israel Prison Service released 33 Palestinian prisoners.",
        published="2024-03-04"))
    assert swap["date"] == dt.date(2024, 3, 3)
    assert swap["returns"] == {("Israel", 11), ("Palestine", 33)}


def test_a_release_under_the_deal_pays_back_none_told_on_another_day(extract) -> None:  # noqa: ANN001
    assert not exchanges_as_read(extract(
        "[02.03.2024 18:10]\nEleven hostages crossed into Israel.\n[03.03.2024 23:45]\nUnder the agreement, the "
        "Israel Prison Service released 33 Palestinian prisoners.", published="2024-03-04"))


def test_counted_people_that_crossed_into_a_state_went_home_to_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Friday seven soldiers crossed into Ukraine, and Ukraine freed seven Russians in return.",
        published="2024-03-04"))
    assert swap["returns"] == {("Ukraine", 7), ("Russia", 7)}


def test_two_peoples_freed_whose_release_the_next_sentence_puts_outside_the_deal_were_not_exchanged(extract) -> None:  # noqa: ANN001,E501
    assert not exchanges_as_read(extract(
        "Seven Thai citizens and one citizen of Nepal were released today. Their release was not part of the "
        "agreement.", published="2024-03-04"))


def test_a_third_states_people_freed_by_the_same_hand_but_outside_the_deal_are_no_side(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Hamas freed four Israeli hostages and three Thais on Saturday, and Israel released 90 Palestinian prisoners "
        "in return. The Thais were freed under a separate arrangement with Bangkok.", published="2025-01-30"))
    assert swap["parties"] == {"Israel", "Hamas"}
    assert swap["returns"] == {("Israel", 4), ("Hamas", 90)}
    [swap] = exchanges_as_read(extract(
        "On Saturday, five Thai farmhands were let go, outside the deal. Hamas freed four Israeli hostages, and "
        "Israel released 90 Palestinian prisoners in return.", published="2025-01-30"))
    assert swap["parties"] == {"Israel", "Hamas"}


def test_a_third_states_people_freed_together_stay_a_side_unless_told_apart(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Houthis freed 16 Saudis and three Sudanese on Sunday, and Saudi Arabia released 70 Houthi fighters in "
        "return.", published="2025-01-30"))
    assert swap["returns"] == {("Saudi Arabia", 16), ("Sudan", 3), ("Houthis", 70)}


def test_a_third_states_people_whose_state_the_sentence_names_stay_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Moscow freed two Americans and one German, and Germany and the United States released five Russians.",
        published="2025-01-30"))
    assert swap["parties"] == {"Russia", "Germany", "United States"}


def test_the_deal_told_brokered_after_the_window_names_the_mediator_of_an_earlier_years_swap(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "On 4 March 1979, Israel and the Popular Front for the Liberation of Palestine carried out a prisoner "
        "exchange at a Geneva airport. Four newspapers called it the price of a war. A poll showed the public "
        "split. The talks took two years. The deal had been brokered by Switzerland.", published="2025-05-20"))
    assert swap["mediators"] == {"Switzerland"}


def test_the_holder_of_the_captives_told_just_after_is_the_other_side_before_the_most_named(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "On 4 March 1979, Israel carried out a prisoner exchange at a Geneva airport. Four newspapers called it the "
        "price of a war. The soldier had spent a year as a captive of the Popular Front for the Liberation of "
        "Palestine. Hamas was founded later; Hamas grew.", published="2025-05-20"))
    assert swap["parties"] == {"Israel", "Popular Front for the Liberation of Palestine"}


def test_a_programmes_tonight_before_its_headlines_dates_no_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "NEWS AT NINE\nTonight: Armenia and Azerbaijan trade prisoners at the border. Floods in the north.\nWe begin "
        "at the border, where yesterday afternoon Armenia's army and Azerbaijan exchanged prisoners.",
        published="2025-05-20"))
    assert swap["date"] == dt.date(2025, 5, 19)


def test_a_timelines_headings_in_capitals_date_the_swaps_under_them(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "THE BRIDGE\nBetween 1970 and 1980 the bridge saw many crossings.\n3 MARCH 1971 — A PILOT FOR A COLONEL\n"
        "An American pilot was traded for a Soviet colonel on the bridge.\n9 JUNE 1979 — THE LAST ONE\nFour agents "
        "held in Poland were swapped for two agents held in the United States.", published="2019-05-18"))
    assert [swap["date"] for swap in swaps] == [dt.date(1971, 3, 3), dt.date(1979, 6, 9)]


@pytest.mark.parametrize("text, sides", [
    ("In February 1986 Moscow and Washington swapped five agents for four at the bridge.",
     {"Soviet Union", "United States"}),
    ("In June 1985 Germany and East Germany swapped 25 agents for four in Berlin.", {"West Germany", "East Germany"}),
    ("In June 2010 Moscow and Washington swapped ten agents for four in Vienna.", {"Russia", "United States"}),
    ("In October 1943 Germany and Britain swapped 4,000 wounded prisoners in Gothenburg.",
     {"Germany", "United Kingdom"}),
])
def test_a_state_of_today_named_for_a_swap_before_it_existed_is_the_state_of_that_year(extract, text: str, sides: set[str]) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2020-05-18"))
    assert swap["parties"] == sides


def test_a_capital_named_as_a_place_does_not_outweigh_the_group_that_speaks_for_its_people(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "RAMALLAH - Tuesday, 14 October 2025\nThe group salutes the 300 Palestinian prisoners who were released by "
        "Israel yesterday.\nTheir release came under the agreement in exchange for the 12 Israeli captives who were "
        "handed over by Hamas on Monday morning.\nFamilies gathered at the Ramallah Cultural Palace.",
        published="2025-10-14"))
    assert swap["returns"] == {("Hamas", 300), ("Israel", 12)}


def test_the_mediators_of_a_truce_told_before_an_unnamed_swap_are_not_its_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "During the truce of May 2024, which was mediated by Qatar and Egypt, the occupation freed 80 women and "
        "children from its prisons over four days, while Hamas released Israeli women and children held in Gaza. In "
        "the first phase of the later agreement, around 900 prisoners were freed in weekly batches in return for "
        "Israeli captives.", published="2025-10-14"))
    assert swap["parties"] == {"Israel", "Hamas"}


def test_a_group_that_frees_people_in_one_swap_speaks_for_its_people_in_every_swap_of_the_story(extract) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(
        "The assembly debated the question of Palestine and the rights of the Palestinian people, and the future of "
        "a Palestinian state. On Friday, 13 Israeli hostages were released from Gaza, and Israel released 39 "
        "Palestinian women from its prisons. Yesterday, ten more Israeli hostages were freed by Hamas, and in return "
        "thirty Palestinian prisoners were released.", published="2023-11-29"))
    assert [swap["returns"] for swap in swaps] == [{("Israel", 13), ("Hamas", 39)}, {("Israel", 10), ("Hamas", 30)}]


def test_the_exchange_that_began_calls_back_an_exchange_of_prisoners_offered_just_before(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "In a letter, Iraq offered to begin an immediate exchange of all prisoners of war with Iran. The exchange "
        "began three days later, on 17 August 1990, at the border, under the auspices of the ICRC.",
        published="2016-05-01"))
    assert (swap["parties"], swap["date"]) == ({"Iran", "Iraq"}, dt.date(1990, 8, 17))


def test_a_sentence_opening_with_another_years_date_tells_no_more_of_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Iran and Iraq exchanged 300 prisoners of war on 17 August 1990. The exchange was overseen by the ICRC. In "
        "April 1998 Iran announced that it was freeing 5,584 Iraqi prisoners as a gesture; Baghdad replied that it "
        "had released no one in return.", published="2016-05-01"))
    assert swap["returns"] == set()


def test_people_freed_apart_are_those_named_nearest_the_words_that_say_so(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "During the truce, Hamas released 80 Israeli women and children in exchange for 240 Palestinian prisoners, "
        "while freeing more than 20 foreign nationals, most of them Thai farm workers, under separate arrangements.",
        published="2024-01-20"))
    assert swap["returns"] == {("Israel", 80), ("Hamas", 240)}


def test_the_holder_told_just_after_as_a_states_agency_makes_the_state_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Monday, the United States carried out a prisoner exchange in Abu Dhabi. Two newspapers called it "
        "overdue. The American had spent a year as a captive of Russia's Federal Security Service.",
        published="2024-05-01"))
    assert swap["parties"] == {"United States", "Russia"}


def test_a_lists_entries_told_as_so_many_for_so_many_are_swaps_of_the_lists_sides(extract) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(
        "Kyrgyzstan and Tajikistan swapped prisoners again on Monday: Tajikistan freed 30 Kyrgyz prisoners and "
        "Kyrgyzstan freed 25 Tajik detainees. Here is a look at the swaps so far:\n- 3 March: Ten guards - three of "
        "them officers - for 12 prisoners.\n- 9 April: Four soldiers. Tajikistan released 15 prisoners.\n- 2 May: Ali "
        "Rahimov, Bek Usmonov and Daler Saidov, three in all, for 14 prisoners.", published="2025-05-20"))
    assert [(swap["date"], swap["returns"]) for swap in swaps[1:]] == [
        (dt.date(2025, 3, 3), {("Kyrgyzstan", 12), ("Tajikistan", 10)}),
        (dt.date(2025, 5, 2), {("Kyrgyzstan", 14), ("Tajikistan", 3)})]  # not "Four soldiers. A released 15", one way


@pytest.mark.parametrize("text, sides, mediators", [
    ("On 13 December, Azerbaijan freed 32 Armenian servicemen and Armenia handed back two Azerbaijani soldiers. "
     "Armenian officials say several dozen Armenians are still held in Baku and were not part of the deal.",
     {"Armenia", "Azerbaijan"}, set()),
    ("Two Swedes landed in Stockholm on Saturday, hours after an Iranian official flew out of Sweden. The Omani "
     "Foreign Ministry said the two sides had agreed to the mutual release thanks to Oman's mediation.",
     {"Iran", "Sweden"}, {"Oman"}),
])
def test_people_still_held_outside_the_deal_and_a_mutual_release_agreed_and_done_leave_the_swap_as_it_is(extract, text: str, sides: set[str], mediators: set[str]) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2023-12-20"))
    assert (swap["parties"], swap["mediators"]) == (sides, mediators)


def test_a_handover_that_could_be_facilitated_by_x_names_no_mediator_of_a_swap_told_before(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "In 2019 Armenia and Azerbaijan exchanged two soldiers for three soldiers. The families waited for years. "
        "Talks stalled again last month. Officials blamed each other. The next handover could be facilitated by the "
        "Red Cross.", published="2025-05-20"))
    assert swap["mediators"] == set()


@pytest.mark.parametrize("text, sides", [
    ("Armenia and Azerbaijan exchanged 40 soldiers each on Friday. Armenian civilians held in Baku were not part of "
     "the deal.", {"Armenia", "Azerbaijan"}),
    ("Laos and Cambodia exchanged 12 soldiers each at the border on Friday. Last year, 20 Cambodian migrant workers "
     "were returned under a separate arrangement.", {"Laos", "Cambodia"}),
    ("Iran freed two Dutch citizens on Friday, while the Netherlands released an Iranian engineer. A Belgian was "
     "freed outside the deal, Brussels said.", {"Iran", "Netherlands"}),
    ("Hamas freed 11 Israelis and Israel released 33 Palestinians on Friday. Their release was part of the truce "
     "deal, unlike that of four Nepalis freed outside the agreement.", {"Israel", "Hamas"}),
])
def test_people_told_apart_from_the_deal_take_no_real_side_away(extract, text: str, sides: set[str]) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert swap["parties"] == sides


@pytest.mark.parametrize("text", [
    "The transfer of 500 Palestinian detainees from Ofer to Ktziot prison was ordered on Friday.",
    "The handover of 10 Filipino sailors from Yemen to Oman was unrelated to the release of 14 Houthi fighters from "
    "Saudi Arabia to Yemen.",
    "Ukraine and Russia agreed on an exchange of letters between prisoners and their families. The exchange began in "
    "March.",
    "Forty-eight prisoners were exchanged on Friday. Several had been captives of the Islamic State group before "
    "being held by the Kurdish-led Syrian Democratic Forces.",
])
def test_moves_between_prisons_unrelated_handovers_letters_and_a_captor_before_the_last_tell_no_swap(extract, text: str) -> None:  # noqa: ANN001,E501
    assert not exchanges_as_read(extract(text, published="2025-05-07"))


def test_a_stamp_on_the_same_line_as_its_entry_still_lets_the_deal_pay_back_the_release_before(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "[03.03.2024 18:10] Eleven hostages crossed into Israel.\n[03.03.2024 23:45] Under the agreement, the Israel "
        "Prison Service released 33 Palestinian prisoners.", published="2024-03-04"))
    assert (swap["date"], swap["returns"]) == (dt.date(2024, 3, 3), {("Israel", 11), ("Palestine", 33)})


def test_a_version_number_with_dots_is_no_date(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Version 2.1.2024 of the report says Armenia and Azerbaijan exchanged 40 prisoners each on Friday.",
        published="2025-05-07"))
    assert swap["date"] == dt.date(2025, 5, 2)


@pytest.mark.parametrize("text, returns", [
    ("Relatives cheered as 90 prisoners were released outside the jail in the first exchange of the truce, hours "
     "after Hamas freed three Israeli hostages.", {("Hamas", 90), ("Israel", 3)}),
    ("Hamas handed over seven Israeli hostages on Thursday, as well as a Nepali worker freed outside the exchange; "
     "Israel freed 30 Palestinians.", {("Hamas", 30), ("Israel", 7)}),
    ("Hamas freed 14 Israelis on Saturday, and Israel released 42 Palestinians. Their release was not part of the "
     "original deal, which had been set to end on Friday.", {("Hamas", 42), ("Israel", 14)}),
    ("Moscow freed two Americans on Thursday in exchange for a Russian hacker held in California. Two other "
     "Americans were freed outside the deal on humanitarian grounds, officials said.", {("United States", 2)}),
])
def test_outside_the_jail_another_clauses_outside_the_deal_and_more_of_a_sides_own_leave_the_swap_whole(extract, text: str, returns: set) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert swap["returns"] == returns


def test_a_lists_entry_counts_are_not_its_days(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Swaps so far:\n\u2022 30 Dec: 230 Ukrainians for 248 Russians\n\u2022 8 Feb: 100 Ukrainians for 100 Russians",
        published="2025-05-07"))
    assert [swap["returns"] for swap in swaps] == [{("Ukraine", 230), ("Russia", 248)},
                                                  {("Ukraine", 100), ("Russia", 100)}]


def test_a_channels_entries_of_one_day_tell_one_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "[24.08.2024 13:05]\nUkraine brought home 115 defenders in a swap mediated by the UAE.\n[24.08.2024 15:15]\n"
        "Russia's defence ministry said 115 Russian servicemen were returned under the deal.", published="2024-08-25"))
    assert swap["returns"] == {("Ukraine", 115), ("Russia", 115)}


def test_a_group_called_by_a_peoples_word_is_a_side_and_a_mission_of_an_international_body_none(extract) -> None:  # noqa: ANN001
    facts = extract("Russian federal troops and the Dagestani separatists exchanged prisoners near Kizlyar on "
                    "Thursday, the OSCE Liaison Office said. The separatists released 12 servicemen and got nine of "
                    "their men back.", published="2025-02-03")
    [swap] = exchanges_as_read(facts)
    assert swap["returns"] == {("Russia", 12), ("Dagestani separatists", 9)}


def test_works_cited_below_references_and_author_year_brackets_are_furniture() -> None:
    text = "Ten were freed (Mwangi and Otieno 2019, 45; Lutz 2004) in March.\nReferences\n1. Lutz, A. Swaps. 2004."
    assert blank_furniture(text) == "Ten were freed" + " " * 40 + " in March.\n" + " " * 10 + "\n" + " " * 24


def test_a_date_in_brackets_is_no_citation() -> None:
    assert blank_furniture("The swap (March 2022) freed ten.") == "The swap (March 2022) freed ten."


def test_a_peoples_word_after_post_names_no_people(extract) -> None:  # noqa: ANN001
    facts = extract("Swaps in the post-Soviet space\nOn 3 May 1995, Russia handed over 22 detainees and got 17 "
                    "servicemen back in an exchange near the river.", published="2025-02-03")
    assert not any("Soviet Union" in swap["parties"] for swap in exchanges_as_read(facts))


def test_the_sides_people_were_exchanged_with_are_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Friday, Chile, Peru and Bolivia exchanged detainees with Argentina and Uruguay at a border post, with "
        "Brazil acting as go-between.", published="2024-08-03"))
    assert (swap["parties"], swap["mediators"]) == ({"Argentina", "Bolivia", "Chile", "Peru", "Uruguay"}, {"Brazil"})


@pytest.mark.parametrize("told", [
    "On Monday four Canadians were released in Muscat in exchange for two Iranians, with Oman in the middle.",
    "Canada swapped four detainees for two Iranian engineers on Monday, with Oman in the middle and the Red Cross "
    "at the airport.",
])
def test_the_one_told_in_the_middle_mediated_and_is_no_side(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2023-09-19"))
    assert (swap["parties"], swap["mediators"]) == ({"Canada", "Iran"}, {"Oman"})


def test_two_told_in_the_middle_both_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Canada and Iran swapped two detainees each on Monday, with Oman and Switzerland in the middle.",
        published="2023-09-19"))
    assert (swap["parties"], swap["mediators"]) == ({"Canada", "Iran"}, {"Oman", "Switzerland"})


def test_a_swap_told_again_as_done_earlier_today_is_the_same_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Kenya freed a pilot in exchange for a Somali trader today. The two men were swapped one for one earlier "
        "today on an airport tarmac.", published="2022-04-27"))
    assert swap["returns"] == {("Kenya", 1), ("Somalia", 1)}


@pytest.mark.parametrize("told_after", [
    "Agreement on the names was reached on 12 March, and the swap took place at noon at the crossing.",
    "The president pardoned the four on 16 March to make the exchange possible.",
    "In a March 18 meeting with the envoy, the minister called the exchange small but clean.",
])
def test_a_swap_called_back_takes_no_day_of_what_was_done_around_it(extract, told_after: str) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(
        f"Moldova and Transnistria exchanged detainees at the bridge on 17 March. {told_after}",
        published="2010-03-19"))
    assert [swap["date"] for swap in swaps] == [dt.date(2010, 3, 17)]


def test_a_cables_numbered_paragraphs_with_their_markings_go_on_with_one_story(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "1. (C) SUMMARY: Moldovan and Transnistrian officials exchanged detainees at the bridge on March 17. END "
        "SUMMARY.\n2. (C) The exchange was facilitated by the OSCE mission after six weeks of contacts.",
        published="2010-03-19"))
    assert [(swap["date"], swap["mediators"]) for swap in swaps] == [(dt.date(2010, 3, 17), {"OSCE"})]


def test_a_swap_called_by_its_place_is_the_one_told_there(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Moldova and Transnistria exchanged four detainees each at the Varnita bridge on 17 March. The minister "
        "compared it with the 2008 swap at Bender, when Russia returned 15 Moldovans and Moldova handed back five "
        "Russian soldiers.\nThe Varnita swap, brokered by the OSCE mission, is modest in scale.",
        published="2010-03-19"))
    assert [swap["mediators"] for swap in swaps] == [{"OSCE"}, set()]


@pytest.mark.parametrize(("told", "person"), [
    ('Dinesh Chavda, 52, of Kotli Bandar, spent two years in a Karachi jail. "I counted the days," he said.',
     "Dinesh Chavda"),
    ('One of the men, Abul Kashem (29) of Char Kukri, was seized at sea. "I counted the days," he said.',
     "Abul Kashem"),
])
def test_a_name_set_off_with_an_age_is_a_person_and_where_they_are_from_a_place(extract, told: str, person: str) -> None:  # noqa: ANN001,E501
    facts = extract(told, published="2024-09-20")
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {person}
    assert _speakers_of(facts, "counted the days") == {person}


def test_he_after_a_sentence_about_someones_statement_is_its_author(extract) -> None:  # noqa: ANN001
    facts = extract(
        "President Tomas Reyes welcomed the release. Ali Khan was flown home on Monday. The president's statement "
        'did not mention Ali Khan by name. He said that the talks had required "hard choices, which I did not make '
        'lightly."', published="2024-09-20")
    assert _speakers_of(facts, "hard choices") == {"Tomas Reyes"}


def test_a_that_clause_after_the_occasion_of_saying_is_what_was_said(extract) -> None:  # noqa: ANN001
    facts = extract("The spokesperson, Anil Mehta, said at his weekly briefing that India had again asked Pakistan to "
                    "release all Indian fishermen.", published="2024-09-20")
    assert said(facts) == {("Anil Mehta", "India had again asked Pakistan to release all Indian fishermen")}


def test_a_relative_clause_of_the_occasion_is_not_what_was_said(extract) -> None:  # noqa: ANN001
    facts = extract("Anil Mehta said at a briefing that India organised that the talks were over.",
                    published="2024-09-20")
    assert not any("India organised" in text for _, text in said(facts))


def test_counts_no_trigger_holds_go_to_the_swap_the_sentence_tells_anew(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Moldova and Transnistria exchanged detainees at Varnita on 17 March.\nThe minister contrasted the Varnita "
        "exchange with the August 2008 swap at Bender, when Russia returned 15 Moldovans and Moldova handed back "
        "five Russian servicemen.", published="2010-03-19"))
    assert [(swap["parties"], swap["returns"]) for swap in swaps] == [
        ({"Moldova", "Transnistria"}, set()), ({"Moldova", "Russia"}, {("Moldova", 15), ("Russia", 5)})]


def test_the_swap_called_back_after_releases_by_two_sides_is_of_their_day(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Venezuela freed ten Americans in exchange for one Venezuelan in December 2023.\nOn 3 May 2016, Peru "
        "returned two Chilean officers, and Chile released a Peruvian informant. A third man was freed weeks later, "
        "but Lima said his release was separate from the swap.", published="2024-05-01"))
    assert [(swap["parties"], swap["date"]) for swap in swaps][1:] == [({"Chile", "Peru"}, dt.date(2016, 5, 3))]


def test_a_state_named_in_the_lead_under_a_headline_stays_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "CPW BRIEFS\nPAKISTAN-AFGHANISTAN: Neighbours swap detainees as crossing reopens (0745)\nTORKHAM (CPW) \u2014 "
        "Pakistan and Afghanistan exchanged detainees at the crossing on Thursday. Pakistani police handed over 14 "
        "Afghan nationals, and Afghan officials released four Pakistani customs staff.\nA spokesman for the Taliban "
        "administration in Nangarhar said the 14 were well. The Taliban have run the crossing since 2021, and the "
        "Taliban say trade will resume.", published="2025-03-21"))
    assert swap["returns"] == {("Afghanistan", 14), ("Pakistan", 4)}


def test_the_swap_called_back_takes_no_day_of_a_statement_about_the_releases(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chad and Sudan exchanged dozens of captives on Sunday near the border.\nChad handed over 31 fighters, while "
        "Sudan released 24 soldiers, the army said in a statement on Monday. The handover took place at a checkpoint "
        "outside Adre.", published="2025-11-18"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 11, 16)]


@pytest.mark.parametrize(("signature", "speaker"), [("\nDaniel Okafor\nAttorney for Ana Ruiz", "Daniel Okafor"),
                                                    ("", None)])
def test_what_i_said_in_a_signed_statement_is_the_signers(extract, signature: str, speaker: str | None) -> None:  # noqa: ANN001,E501
    facts = extract(
        "STATEMENT OF COUNSEL\nOn behalf of my client, I welcome her release.\n\"Her family waited fifteen months "
        f"for this morning,\" I told the reporters who called my office today.\nWe ask for privacy.{signature}",
        published="2025-04-10")
    assert _speakers_of(facts, "waited fifteen months") == {speaker}


def test_a_name_right_after_the_role_word_taken_for_the_subject_speaks(extract) -> None:  # noqa: ANN001
    facts = extract('"We have counted every one of these days," said Mercury head coach Vanessa Holm.',
                    published="2025-04-10")
    assert _speakers_of(facts, "counted every one") == {"Vanessa Holm"}


def test_a_quote_under_a_line_that_a_colon_closes_is_that_lines_subjects(extract) -> None:  # noqa: ANN001
    facts = extract('Her brother, Tomas Keller, sent us this note on Sunday:\n"March was a hard month. But nobody '
                    'called us."', published="2025-04-10")
    assert _speakers_of(facts, "nobody called us") == {"Tomas Keller"}


def test_a_name_joined_across_binti_speaks(extract) -> None:  # noqa: ANN001
    facts = extract('"They are safe," said Aminah binti Yusof, a Malaysian aid worker.', published="2025-05-07")
    assert _speakers_of(facts, "They are safe") == {"Aminah binti Yusof"}


def test_counts_in_brackets_after_places_are_no_ages(extract) -> None:  # noqa: ANN001
    facts = extract("The freed come from Sumy Region (14), Poltava Region (9) and Odesa Region (3), the ombudsman "
                    "said.", published="2025-05-07")
    assert not [a.name for a in facts.actors.values() if a.kind == "Person"]


def test_he_after_a_statement_welcomed_by_someone_is_who_welcomed_it(extract) -> None:  # noqa: ANN001
    facts = extract('Modi\'s statement was welcomed by Rutte. He said the Netherlands owed India "a debt of '
                    'gratitude".', published="2025-05-07")
    assert _speakers_of(facts, "debt of gratitude") == {"Rutte"}


def test_a_relative_clause_of_the_occasion_with_that_as_a_deeper_object_is_not_what_was_said(extract) -> None:  # noqa: ANN001,E501
    facts = extract("Zakharova announced the swap at a briefing that the ministry had decided to hold online.",
                    published="2025-05-07")
    assert not any(text.startswith("the ministry had decided") for _, text in said(facts))


@pytest.mark.parametrize(("told", "parties"), [
    ("Kyiv and Moscow traded 300 prisoners on Friday, with Kyiv in the middle of a diplomatic push.",
     {"Russia", "Ukraine"}),
    ("Iran exchanged prisoners with the United States and South Korea released $6 billion in frozen funds.",
     {"Iran", "United States"}),
])
def test_the_middle_of_something_and_a_clause_after_the_partners_name_no_mediator_or_side(extract, told: str, parties: set) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(told, published="2025-05-07"))
    assert swap["parties"] == parties


def test_a_group_ruled_out_of_the_swap_is_no_side(extract) -> None:  # noqa: ANN001
    facts = extract("Colombia's government and the rebels exchanged prisoners on Saturday. Islamist militants were not "
                    "involved, and Kurdish fighters were not part of the deal, the army said.", published="2025-05-07")
    assert not any("militants" in p or "fighters" in p for swap in exchanges_as_read(facts) for p in swap["parties"])


@pytest.mark.parametrize("told", [
    "At a May 3 ceremony on the border, Armenia and Azerbaijan exchanged prisoners.",
    "Armenia and Azerbaijan agreed a swap of prisoners last month. Early on Saturday, May 3, the buses reached the "
    "crossing and the swap began.",
])
def test_a_swaps_own_ceremony_and_a_fronted_day_date_it(extract, told: str) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(told, published="2025-05-07"))
    assert dt.date(2025, 5, 3) in {swap["date"] for swap in swaps}


def test_one_story_told_from_two_datelined_places_is_one_story(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "KHARTOUM \u2014 Sudan's army and the RSF exchanged 60 detainees on Sunday, mediators said.\nPORT SUDAN \u2014 "
        "The army said the exchange had been delayed by a day. Each side freed 30.", published="2025-05-07"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 5, 4)]


def test_a_peoples_separatist_fighters_are_its_separatists(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia handed a detained reporter to Dagestani separatist fighters on Thursday in exchange for two "
        "servicemen held by the rebels.", published="2000-02-04"))
    assert swap["parties"] == {"Russia", "Dagestani separatists"}


def test_that_same_day_the_ner_leaves_out_is_a_date(extractor) -> None:  # noqa: ANN001
    doc = extractor.nlp.make_doc("On 3 March the talks ended. That same day Peru freed an officer.")
    assert [span.text for span in _same_days(doc)] == ["That same day"]


def test_that_same_day_is_the_day_named_last(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "The two presidents spoke by phone on 3 March 2016. That same day Peru freed two Chilean officers, and "
        "Chile released a Peruvian pilot. Two for one, as the author puts it.\nA third man flew home that morning "
        "too, but his release was separate from the trade.", published="2024-01-01"))
    assert [(swap["parties"], swap["date"]) for swap in swaps] == [({"Chile", "Peru"}, dt.date(2016, 3, 3))]


def test_a_release_of_the_first_releasers_own_people_repays_a_release_of_unknown_people(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Al-Shabaab freed nine detainees on Tuesday. The Somali government released 22 detainees affiliated with "
        "al-Shabaab.", published="2024-06-12"))
    assert swap["returns"] == {("Government of Somalia", 9), ("al-Shabaab", 22)}


def test_releases_told_in_months_apart_repay_nothing(extract) -> None:  # noqa: ANN001
    facts = extract("Al-Shabaab freed nine detainees in March. In August, the Somali government released 22 "
                    "detainees affiliated with al-Shabaab.", published="2024-06-12")
    assert exchanges_as_read(facts) == []


def test_an_exchange_between_the_same_two_countries_has_the_sides_told_before(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Armenia and Azerbaijan handed over 12 prisoners each on Monday. It was the largest release since 2021, when "
        "15 men went home in an exchange that Russia brokered between the same two countries.",
        published="2024-06-12"))
    assert [(swap["parties"], swap["mediators"]) for swap in swaps] == [
        ({"Armenia", "Azerbaijan"}, set()), ({"Armenia", "Azerbaijan"}, {"Russia"})]


@pytest.mark.parametrize("text, sides", [
    ("The handovers took place between the TPLF authorities on one side and the Ethiopian government, backed by its "
     "allies, on the other.", {"Government of Ethiopia", "Tigray People's Liberation Front"}),
    ("The handovers between Armenia and Azerbaijan were completed at the border on Friday.",
     {"Armenia", "Azerbaijan"}),
    ("The releases took place between the Houthis on one side and the Government of Yemen on the other.",
     {"Houthis", "Government of Yemen"}),
    ("The releases took place between Armenia on one side and Azerbaijan on the other.", {"Armenia", "Azerbaijan"}),
    ("His release between Iran and Sweden was agreed in June.", None),
    ("The transfer of detainees between Mekelle and Addis Ababa took two days.", None),
])
def test_releases_between_two_named_sides_are_an_exchange(extract, text: str, sides: set[str] | None) -> None:  # noqa: ANN001,E501
    swaps = exchanges_as_read(extract(text, published="2024-06-12"))
    assert [swap["parties"] for swap in swaps] == ([sides] if sides else [])


def test_a_commitment_to_an_exchange_is_no_exchange(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("The 2018 accord committed both sides to an exchange of all prisoners.",
                                     published="2024-06-12")) == []


@pytest.mark.parametrize("lead", ["The operation followed a deal signed on 3 May in Nairobi.",
                                  "Talks between the two sides began in Nairobi on 3 May."])
def test_the_day_a_deal_was_signed_or_talks_began_does_not_date_the_releases_told_next(extract, lead: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        f"{lead} The handovers took place between the TPLF authorities on one side and the Ethiopian government on "
        "the other.", published="2024-06-12"))
    assert swap["date"] != dt.date(2024, 5, 3)


def test_a_threads_first_of_a_series_counted_by_the_post_before_is_an_earlier_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "1/ The second prisoner swap between the Sudanese army and the Rapid Support Forces has just ended at the "
        "bridge.\n2/ The army handed over 14 fighters and the RSF released 11 soldiers.\n3/ Today is only the second "
        "such result of the talks.\n4/ The first was on 2 March, at the same bridge: six for six.",
        published="2024-06-12"))
    assert [(swap["date"], swap["returns"]) for swap in swaps] == [
        (dt.date(2024, 6, 12), {("Rapid Support Forces", 14), ("Sudan", 11)}),
        (dt.date(2024, 3, 2), {("Rapid Support Forces", 6), ("Sudan", 6)})]


def test_a_newsletters_sections_headed_by_their_places_tell_their_own_swaps(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "NORTH AFRICA WEEKLY\nIN BRIEF\n- Mali: a swap in Kidal, and talks stall\n- Chad: the army frees 12 rebels\n"
        "MALI: KIDAL TRADES\nOn Tuesday, JNIM released eight soldiers and Mali freed 14 of the group's fighters in "
        "return.\nCHAD: A GESTURE\nThe army released 12 rebels of FACT on Wednesday as a goodwill gesture.\nNIGER: "
        "QUIET\nNo releases were reported.", published="2024-06-12"))
    assert swap["parties"] == {"Jama'at Nusrat al-Islam wal-Muslimin", "Mali"}
    assert swap["returns"] == {("Jama'at Nusrat al-Islam wal-Muslimin", 14), ("Mali", 8)}


def test_a_later_exchange_that_followed_on_a_day_is_dated_by_it(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On 2 March, Armenia and Azerbaijan exchanged 14 prisoners each. A second, larger exchange followed on 27 "
        "April at the border.", published="2024-06-12"))
    assert [swap["date"] for swap in swaps] == [dt.date(2024, 3, 2), dt.date(2024, 4, 27)]


def test_officers_from_each_side_who_sit_on_a_commission_are_no_swaps_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Armenia and Azerbaijan exchanged prisoners on Monday, in a deal arranged by a commission in which three "
        "officers from each side sit.", published="2024-06-12"))
    assert swap["returns"] == set()


def test_what_swaps_are_told_as_either_or_is_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Armenia and Azerbaijan exchanged 20 prisoners each on Monday. Pledges on demining are hard to "
                    "check. A swap, by contrast, either takes place or it does not.", published="2024-06-12")
    assert len(exchanges_as_read(facts)) == 1


@pytest.mark.parametrize("text, sides", [
    ("Houthi forces released 11 government soldiers on Sunday and received nine of their own fighters in return.",
     {"Houthis", "Yemen"}),
    ("Forces from western Libya and the Libyan National Army exchanged 29 prisoners on Wednesday. Units aligned with "
     "the Government of National Accord released 17 LNA fighters, and the LNA freed 12 men.",
     {"Government of National Accord", "Libyan National Army"}),
])
def test_a_groups_forces_and_a_rival_government_known_by_its_own_name_are_sides(extract, text: str, sides: set[str]) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2024-06-12"))
    assert swap["parties"] == sides


def test_a_caption_sheets_captions_under_their_photos_codes_are_its_story(extract) -> None:  # noqa: ANN001
    captions = "\n".join(
        f"HP-2503-11-00{number}\nSYUNIK PROVINCE, ARMENIA - MARCH 11: {caption} ({credit})"
        for number, caption, credit in [
            (1, "Armenian soldiers step off a bus at the border. Armenia and Azerbaijan each handed back 12 prisoners "
                "on Tuesday in an exchange mediated by Georgia.", "Photo by Ani Hakobyan/Harbour Pictures"),
            (2, "A mother waits by the road.", "Photo by Ani Hakobyan/Harbour Pictures"),
            (3, "Medics check a returned soldier.", "Photo by Ani Hakobyan/Harbour Pictures"),
            (4, "Azerbaijani servicemen arrive at an airfield.", "Handout/Azerbaijani Defence Ministry"),
            (5, "Relatives hold portraits.", "Photo by Ani Hakobyan/Harbour Pictures")])
    [swap] = exchanges_as_read(extract(
        f"HARBOUR PICTURES \u2014 CAPTION SHEET\nStory: ARMENIA-AZERBAIJAN-PRISONERS | 5 images\n{captions}\n"
        "Desk contact: picture desk", published="2025-03-11"))
    assert (swap["parties"], swap["mediators"], swap["date"]) == (
        {"Armenia", "Azerbaijan"}, {"Georgia"}, dt.date(2025, 3, 11))


def test_that_weekday_after_a_day_named_is_the_weekday_of_its_week(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "When Aram was led onto a bus on the morning of 5 February, he did not know where it was going. By night he "
        "was in Yerevan, one of 20 Armenians released that Wednesday in an exchange for 20 Azerbaijani soldiers.",
        published="2025-02-13"))
    assert swap["date"] == dt.date(2025, 2, 5)



def test_a_standfirsts_swap_of_last_week_is_the_one_the_story_tells_below(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The medic who came back\nA field medic from Kharkiv was freed last week in a prisoner exchange.\nWhen Olena "
        "boarded a bus on the morning of 5 February, nobody told her where it was going. Hours later she was in "
        "Sumy, one of 150 Ukrainians released that Wednesday in an exchange for 150 Russian soldiers.",
        published="2025-02-13"))
    assert (swap["date"], swap["returns"]) == (dt.date(2025, 2, 5), {("Ukraine", 150), ("Russia", 150)})


def test_a_release_told_as_unilateral_does_not_date_the_swap_told_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Detainee handover between the army and the RSF\n- Seventy soldiers held by the RSF were handed over on the "
        "road, while 50 fighters held by the Sudanese army were released near Bara.\n- On 27 November, the RSF "
        "unilaterally released 31 civilians in Nyala.", published="2024-12-05"))
    assert swap["date"] != dt.date(2024, 11, 27)


def test_a_citation_by_paragraph_is_furniture(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The first exchange took place on 28 August 2022, when 15 Armenian and 15 Azerbaijani prisoners were "
        "released in a transfer brokered by Qatar (Independent Commission of Inquiry on Karabakh 2023, para. 72).",
        published="2024-01-10"))
    assert swap["mediators"] == {"Qatar"}


@pytest.mark.parametrize("text, sides", [
    ("Thirty Serb civilians went to Grbavica and twenty-six Bosniak civilians came into the city in an exchange on "
     "Monday. The Bosnian Serb authorities said it went well, and Bosnian Serb soldiers guarded the bridge.",
     {"Bosnia and Herzegovina", "Republika Srpska"}),
    ("Serbs and Croats swapped 100 prisoners each in Nemetin on Monday. Bosnian Serb leaders welcomed the deal.",
     {"Croatia", "Serbia"}),
    ("Thirty Serb prisoners were exchanged for 25 Croatian soldiers on Monday.", {"Croatia", "Serbia"}),
])
def test_a_peoples_word_stands_for_the_breakaway_state_the_story_tells_of(extract, text: str, sides: set[str]) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="1993-03-03"))
    assert swap["parties"] == sides


def test_states_that_released_prisoners_in_return_for_the_sides_own_join_a_many_sided_swap(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Iran and Syria freed nine prisoners in a swap on Thursday. The exchange drew in five countries. France, "
        "Italy and Austria released prisoners they held; Iran and Syria released theirs.", published="2024-08-02"))
    assert swap["parties"] == {"Iran", "Syria", "France", "Italy", "Austria"}


def test_that_before_a_weekday_after_a_verb_of_saying_is_no_demonstrative(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Armenia and Azerbaijan exchanged four prisoners for two on Monday. Earlier, on 13 December 2023, Azerbaijan "
        "released 32 Armenian servicemen and received two of its soldiers in return. An analyst told our newspaper "
        "that Monday's exchange was a small gesture.", published="2025-12-03"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 12, 1), dt.date(2023, 12, 13)]


@pytest.mark.parametrize("text, sides, returns", [
    # one swap told from its places' sections, not a digest of countries
    ("MORNING NOTES\nKYIV: 205 COME HOME\nUkraine said 205 of its soldiers came home on Tuesday in an exchange with "
     "Russia mediated by the United Arab Emirates.\nMOSCOW: 205 RETURN\nRussia's defence ministry said 205 Russian "
     "servicemen were returned in the same exchange.\nABU DHABI: MEDIATOR AGAIN\nThe UAE said it had mediated the "
     "swap, its fifteenth.", {"Russia", "Ukraine"}, {("Russia", 205), ("Ukraine", 205)}),
    # a list under "IN BRIEF" that is all the news
    ("IN BRIEF\n\u2022 Chad and Sudan exchanged 40 prisoners each on Saturday, officials said.\n\u2022 Floods hit "
     "the capital.", {"Chad", "Sudan"}, {("Chad", 40), ("Sudan", 40)}),
    # a lone caption with a handout's credit
    ("Ukrainian soldiers freed in a prisoner exchange with Russia arrive in Chernihiv on Tuesday. Ukraine and Russia "
     "each freed 205 prisoners in a swap mediated by the United Arab Emirates. (Handout/Ukrainian Presidential Press "
     "Service via Wire)", {"Russia", "Ukraine"}, {("Russia", 205), ("Ukraine", 205)}),
    # a numbered item about a state, whose name is no dateline
    ("TOP STORIES\n1. ISRAEL \u2014 Hamas freed three hostages in exchange for 90 Palestinian prisoners on Saturday, "
     "officials said.\n2. WEATHER \u2014 Rain is expected across the region.", {"Hamas", "Israel"},
     {("Hamas", 90), ("Israel", 3)}),
])
def test_forms_that_look_like_digests_captions_or_datelines_but_tell_one_swap(extract, text: str, sides: set[str], returns: set[tuple[str, int]]) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2025-05-07"))
    assert (swap["parties"], swap["returns"]) == (sides, returns)


@pytest.mark.parametrize("text", [
    "Iran freed two Swedes on Friday. Sweden freed one Iranian on Friday, but officials denied any link between the "
    "releases.",
    "The junta released 300 prisoners in an amnesty on Thursday. The Arakan Army released 12 junta soldiers on Friday.",
    "Al-Shabaab freed nine detainees on Tuesday as a goodwill gesture. The Somali government released 22 detainees "
    "affiliated with al-Shabaab on Friday.",
    "Russia and Ukraine swapped 90 prisoners each on Monday. It was the third round of talks between the sides this "
    "year. The first was on 12 February, in Riyadh.",
])
def test_releases_told_apart_and_series_of_talks_add_no_swap(extract, text: str) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(text, published="2025-05-07"))) <= 1


def test_a_tables_type_column_skips_only_rows_told_one_way(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Prisoner exchanges between Armenia and Azerbaijan\n| Date | Armenians returned | Azerbaijanis returned | "
        "Type |\n| 14 December 2020 | 44 | 12 | POWs |\n| 13 December 2023 | 32 | 2 | POWs |\n| 2 May 2024 | 4 | 0 | "
        "Unilateral |", published="2025-05-07"))
    assert [swap["date"] for swap in swaps] == [dt.date(2020, 12, 14), dt.date(2023, 12, 13)]


def test_an_exchange_committed_to_and_carried_out_is_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia and Ukraine committed to a 1,000-for-1,000 exchange on 16 May and carried it out over three days "
        "from 23 May.", published="2025-06-07"))
    assert swap["returns"] == {("Russia", 1000), ("Ukraine", 1000)}


def test_either_or_without_a_negation_keeps_the_swap_told_beside_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The prisoners either took part in the swap on 3 May or were freed on 4 May; Ukraine and Russia exchanged 50 "
        "each on 3 May.", published="2025-05-07"))
    assert swap["date"] == dt.date(2025, 5, 3)



def test_an_interviews_initials_label_the_person_its_full_label_names(extract) -> None:  # noqa: ANN001
    facts = extract(
        "INTERVIEW\nA village nurse helped arrange last week's swap.\nDesert Radio: What happened?\nMiriam Osei Adjei: "
        "The two sides handed over their prisoners at the well at dawn, and nobody fired a shot.\nDR: Who helped?\n"
        "MOA: The elders carried the lists back and forth for weeks before anyone agreed.", published="2025-06-12")
    assert ("Miriam Osei Adjei", "The elders carried the lists back and forth for weeks before anyone agreed") in \
        said(facts)


def test_a_body_usually_called_by_another_name_says_nothing(extract) -> None:  # noqa: ANN001
    facts = extract("In the west, the Presidential Council and the Western Defence Forces of Usman Kolo, usually "
                    "called the Western Army (WA). Its offensive began in April 2019.", published="2021-03-10")
    assert said(facts) == set()


def test_people_a_side_released_unilaterally_are_none_of_the_swaps_returns(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Armenia and Azerbaijan exchanged 30 prisoners each on Tuesday. Armenia unilaterally released 12 civilians on "
        "Friday.", published="2025-05-07"))
    assert (swap["date"], swap["returns"]) == (dt.date(2025, 5, 6), {("Armenia", 30), ("Azerbaijan", 30)})


def test_a_release_repaid_the_following_day_is_a_swap_though_only_a_month_is_told(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In March, Iran released Anna Lind, a nurse from Gothenburg who had been sentenced to ten years. The following "
        "day, Sweden freed Reza Karimi, an Iranian convicted of smuggling.", published="2025-06-10"))
    assert swap["parties"] == {"Iran", "Sweden"}


def test_an_editors_signed_note_and_a_chapters_numeral_name_no_actor(extract) -> None:  # noqa: ANN001
    facts = extract("XII\nThe guards woke us at five.\n[All remaining prisoners held by the two armies were freed "
                    "under the supervision of the ICRC in January 1996. - Ed.]", published="2014-05-01")
    assert {a.name for a in facts.actors.values()} == {"International Committee of the Red Cross"}


def test_a_day_told_again_without_its_year_is_in_the_year_told_with_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        'He was exchanged near the river.\n"That was 9 March 1993. I saw my son that evening."\nAccording to the '
        "records of the veterans, the 9 March exchange between Armenia and Azerbaijan was arranged by the ICRC.",
        published="2018-08-10"))
    assert swap["date"] == dt.date(1993, 3, 9)


def test_the_group_whose_people_were_the_price_is_a_side_not_the_faction_that_held_them(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "In Baghdad and Mosul, officials said the 49 Turkish hostages were freed in exchange for Daesh prisoners held "
        "by an armed Syrian faction. Baghdad said Iraq had no role.", published="2014-09-22"))
    assert swap["parties"] == {"Islamic State", "Turkey"}


def test_a_translators_note_is_furniture(extract) -> None:  # noqa: ANN001
    facts = extract("[Translator's note: the original uses two names for the group.]\nThe hostages were freed on "
                    "Saturday.", published="2014-09-22")
    assert {a.name for a in facts.actors.values()} == set()


@pytest.mark.parametrize("text, swaps", [
    ("Two things happened at once. The main exchange was between Armenia and Azerbaijan. Yerevan says it got 15 "
     "people back.", 1),
    ("The next exchange will be between Armenia and Azerbaijan, officials said.", 0),
])
def test_an_exchange_told_as_having_been_between_two_sides_took_place(extract, text: str, swaps: int) -> None:  # noqa: ANN001,E501
    assert len(exchanges_as_read(extract(text, published="2022-09-22"))) == swaps


def test_the_day_a_question_about_what_happened_names_dates_the_swap_its_answer_tells(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "HOST: What actually happened yesterday?\nGUEST: Two things at once. The main exchange was between Armenia "
        "and Azerbaijan. Yerevan says it got 15 people back.", published="2022-09-22"))
    assert swap["date"] == dt.date(2022, 9, 21)


def test_a_standfirsts_counted_swap_told_again_below_is_one(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Home at last\nThree Americans were freed in a prisoner exchange last week.\nOn 5 June, three Americans held "
        "in Caracas flew home, and the United States released two Venezuelans in return.", published="2025-06-12"))
    assert (swap["date"], swap["returns"]) == (dt.date(2025, 6, 5), {("United States", 3), ("Venezuela", 2)})


def test_a_lead_swap_dated_today_is_not_the_earlier_swap_of_the_same_counts(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "By Anna Petrosyan\nYEREVAN, April 26. Ninety Armenian soldiers have come home as a result of another exchange "
        "carried out on Saturday, officials said.\nThe previous exchange took place on March 19, when 90 Armenian "
        "soldiers were freed in exchange for 90 Azerbaijani prisoners.", published="2025-04-26"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 4, 26), dt.date(2025, 3, 19)]


def test_a_clause_a_semicolon_parts_from_the_speech_verb_is_not_what_was_said(extract) -> None:  # noqa: ANN001
    facts = extract(
        "Troops of the Kandaran Army guard the coast road. Two pupils are still missing; the army said in a statement "
        'that "the search for the remaining pupils goes on without pause."', published="2024-03-02")
    assert said(facts) == {("Kandaran Army", "the search for the remaining pupils goes on without pause")}


@pytest.mark.parametrize("government", ["state government", "provincial government", "local government"])
def test_a_government_below_the_state_is_not_the_countrys(extract, government: str) -> None:  # noqa: ANN001
    facts = extract(f"The girls were freed in a deal brokered by the Swiss government. The {government} said all of "
                    "them would be home by Friday.", published="2024-03-02")
    assert not any(speaker for speaker, _ in said(facts))


@pytest.mark.parametrize("titled, name", [
    ("Dato' Seri Utama Haji Ahmad bin Haji Yusof", "Haji Ahmad bin Haji Yusof"),  # "Haji" kept, as names write it
    ("Tan Sri Kamal Hisham", "Kamal Hisham"),
    ("Datuk Seri Rosli Osman", "Rosli Osman"),
])
def test_malaysian_titles_are_no_part_of_the_name(extract, titled: str, name: str) -> None:  # noqa: ANN001
    facts = extract(f'The Minister of Foreign Affairs, {titled}, said: "Quiet dialogue brought these men home."',
                    published="2025-10-30")
    assert said(facts) == {(name, "Quiet dialogue brought these men home")}


def test_a_name_after_tan_without_sri_is_the_name_itself(extract) -> None:  # noqa: ANN001
    facts = extract("Tan Wei Ming, a trader in the port, said he was glad the crew was home.", published="2025-10-30")
    assert said(facts) == {("Tan Wei Ming", "he was glad the crew was home")}


def test_a_scripts_numbered_sound_cue_names_the_speaker_of_the_quote_below(extract) -> None:  # noqa: ANN001
    facts = extract(
        "ANCHOR: Islamabad welcomed the soldiers home today.\n[SOT 2 - FOREIGN OFFICE SPOKESPERSON AMNA RIAZ, WEEKLY "
        "BRIEFING - 0'22\"]\n\"We thank our friends in Muscat for their quiet help.\"", published="2025-10-30")
    assert ("Amna Riaz", "We thank our friends in Muscat for their quiet help") in said(facts)


@pytest.mark.parametrize("label", ["in a statement on Friday", "in response to a question from reporters",
                                   "in a brief reply on Telegram"])
def test_a_body_named_before_a_colon_in_a_statement_labels_the_quote(extract, label: str) -> None:  # noqa: ANN001
    facts = extract(f'The Egyptian foreign ministry, {label}: "We thank all who helped bring our sailors home."',
                    published="2025-01-25")
    assert said(facts) == {("Ministry of Foreign Affairs of Egypt", "We thank all who helped bring our sailors home")}


def test_the_person_a_quote_tells_of_is_not_its_speaker(extract) -> None:  # noqa: ANN001
    facts = extract('Israel says Dana Levi should have been freed first. The cabinet, in a late note: "Until the '
                    'release of Dana Levi is arranged, the crossings stay shut."', published="2025-01-25")
    assert ("Dana Levi", "Until the release of Dana Levi is arranged, the crossings stay shut") not in said(facts)


def test_a_town_and_the_person_after_its_comma_are_not_one_name(extract) -> None:  # noqa: ANN001
    facts = extract('President Ivo Marten signed the accord. In Goma, Josephine Mapendo has waited two years for her '
                    'husband. "I want to see his face," she said.', published="2025-01-25")
    assert said(facts) == {("Josephine Mapendo", "I want to see his face")}


def test_a_site_named_after_someone_is_no_person(extract) -> None:  # noqa: ANN001
    facts = extract('She was detained at Imam Khomeini Airport in 2022. "The boys had stopped asking when I was coming '
                    'home," she says.', published="2025-01-25")
    assert "Person" not in {actor.kind for actor in facts.actors.values()}


def test_a_seat_of_government_after_according_to_is_the_source(extract) -> None:  # noqa: ANN001
    facts = extract("No exchange of prisoners was raised on the call, according to the White House.",
                    published="2025-02-13")
    assert said(facts) == {("White House", "No exchange of prisoners was raised on the call")}


@pytest.mark.parametrize("label", ["Nikol Pashinyan on Facebook", "Nikol Pashinyan in a video",
                                   "Nikol Pashinyan, the prime minister, to reporters"])
def test_a_name_and_where_it_spoke_before_a_colon_label_the_quote(extract, label: str) -> None:  # noqa: ANN001
    facts = extract(f'Crowds gathered at the border.\n[12:44] {label}: "Today our brothers came home, and we will '
                    'keep working."', published="2025-02-13")
    assert said(facts) == {("Nikol Pashinyan", "Today our brothers came home, and we will keep working")}


_THREAD = (
    "Ana Ruiz @anaruiz_min \u00b7 Kandar's Minister of Justice\nThread\n1/3 Today our two sailors came home. I thank "
    "everyone who worked for this.\n5:41 PM \u00b7 Mar 1, 2025\n2/3 Kandar released one citizen in return. The "
    "decision was not easy.\n5:42 PM \u00b7 Mar 1, 2025\n3/3 We will keep working for all who are unjustly held. "
    "End/\n5:43 PM \u00b7 Mar 1, 2025\nThe thread drew hundreds of replies.\n\u2014\nReply \u00b7 Tomas Berg @tberg "
    "\u00b7 6:20 PM\nGood news for the families. Well done.\n\u2014\nReply \u00b7 Lena Holm @lholm \u00b7 6:31 PM\n"
    "@anaruiz_min Was anything else offered? Asking for a friend.")


def test_an_accounts_posts_under_its_header_are_its_holders_statements(extract) -> None:  # noqa: ANN001
    assert said(extract(_THREAD, published="2025-03-01")) == {
        ("Ana Ruiz", "Today our two sailors came home. I thank everyone who worked for this"),
        ("Ana Ruiz", "Kandar released one citizen in return. The decision was not easy"),
        ("Ana Ruiz", "We will keep working for all who are unjustly held"),
    }


def test_a_reporters_thread_tells_the_news_and_says_nothing_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("Ana Ruiz @anaruiz_news \u00b7 Diplomatic correspondent, Kandar Wire\n1/2 The swap is done: two "
                    "sailors came home.\n5:41 PM \u00b7 Mar 1, 2025\n2/2 Kandar released one citizen in return.\n"
                    "5:42 PM \u00b7 Mar 1, 2025", published="2025-03-01")
    assert said(facts) == set()


def test_an_embedded_post_ends_at_its_time(extract) -> None:  # noqa: ANN001
    facts = extract("The minister celebrated online.\nAna Ruiz @anaruiz_min \u00b7 Minister of Justice \u00b7 Follow\n"
                    "Our sailors are home at "
                    "last, and I thank everyone.\n8:02 PM \u00b7 Mar 1, 2025\nTalks had taken months, diplomats "
                    "say.", published="2025-03-01")
    assert ("Ana Ruiz", "Our sailors are home at last, and I thank everyone") in said(facts)
    assert not any(speaker == "Ana Ruiz" and "months" in text for speaker, text in said(facts))


@pytest.mark.parametrize("the_other_way", [
    "In return, it sent home 6,670 North Korean and Chinese prisoners.",
    "In return, 6,670 prisoners went back to North Korea and China.",
])
def test_people_of_two_states_counted_together_make_both_sides_and_neithers_count(extract, the_other_way: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        f"North Korea and China agreed to the trade. In the first exchange, the United Nations Command got back 684 "
        f"of its soldiers. {the_other_way}",
        published="1953-05-01"))
    assert swap["parties"] == {"United Nations Command", "North Korea", "China"}
    assert swap["returns"] == {("United Nations Command", 684)}


def test_a_side_that_got_back_people_of_two_states_got_them_all(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Ukraine and Russia swapped prisoners on Friday. Ukraine got back 90 soldiers, and Russia got back 90 "
        "Russian and Belarusian citizens.", published="2025-05-10"))
    assert swap["returns"] == {("Ukraine", 90), ("Russia", 90)}


@pytest.mark.parametrize("text", [
    "The mass exchange between Iran and Iraq began on 17 August 1990 at the border crossing.",
    "Both camps held thousands of prisoners. After an exchange between Iran and Iraq in November 1988, the talks "
    "stalled for a year.",
])
def test_an_exchange_told_as_begun_or_as_past_with_its_sides_and_day_took_place(extract, text: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="1991-01-10"))
    assert swap["parties"] == {"Iran", "Iraq"}


@pytest.mark.parametrize("text", ["The exchange will begin on Monday.",
                                  "The exchange of economic data between Iran and Iraq began in 2019.",
                                  "The exchange began to unravel on Thursday when Hamas accused Israel of delays.",
                                  "After a heated exchange between Erdogan and Netanyahu in Davos in January 2009, "
                                  "ties between Turkey and Israel cooled."])
def test_an_exchange_to_begin_or_of_things_is_none(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2024-01-10")) == []


@pytest.mark.parametrize("text", [
    "Iran and Iraq freed 300 prisoners each in an ICRC-supervised exchange on Monday.",
    "Under the supervision of the International Committee of the Red Cross, Iraq handed over 1,036 Iranian "
    "prisoners at the crossing, and Iran sent back 600 Iraqis.",
])
def test_who_supervised_a_swap_between_others_mediated_it(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="1990-08-18"))
    assert (swap["parties"], swap["mediators"]) == ({"Iran", "Iraq"}, {"International Committee of the Red Cross"})


def test_bodies_handed_over_under_supervision_are_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("The bodies of 40 soldiers were handed over under ICRC supervision, and 12 more were returned "
                    "on Monday.", published="2024-01-10")
    assert exchanges_as_read(facts) == []


def test_peoples_listed_as_freed_in_one_swap_are_each_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia freed three Americans, five Germans and two Poles in a swap for eight "
                                       "Russians.", published="2024-08-02"))
    assert swap["returns"] == {("United States", 3), ("Germany", 5), ("Poland", 2), ("Russia", 8)}


def test_a_count_the_next_people_happens_to_match_is_no_total(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Iraq freed them in a swap that sent 294 Iraqi prisoners home. The exchange also brought home nine Britons, "
        "nine Saudis, an Italian and a Kuwaiti.", published="1991-03-06"))
    assert ("United Kingdom", 9) in swap["returns"]


@pytest.mark.parametrize("text", [
    "Yesterday Ethiopia and Eritrea exchanged prisoners of war. The agreement that made yesterday's exchange "
    "possible was brokered by Algeria's president.",
    "Yesterday Ethiopia and Eritrea exchanged prisoners of war under a peace deal brokered by Algeria.",
])
def test_the_broker_of_a_peace_deal_or_of_one_that_led_to_the_swap_mediated_no_swap(extract, text: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2000-12-24"))
    assert swap["mediators"] == set()


def test_the_broker_of_the_swaps_own_deal_mediated_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Yesterday Armenia and Azerbaijan exchanged prisoners under a deal brokered by "
                                       "Qatar.", published="2024-01-10"))
    assert swap["mediators"] == {"Qatar"}


def test_a_statement_drafted_by_officials_is_no_sport(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 13 December 2023, Armenia and Azerbaijan exchanged 32 Armenian servicemen for two Azerbaijani soldiers "
        "after a joint statement drafted by the two governments.", published="2024-08-20"))
    assert swap["returns"] == {("Armenia", 32), ("Azerbaijan", 2)}


@pytest.mark.parametrize("text", ["Oman mediated the Belgium\u2013Iran exchange of May 2023.",
                                  "It was Omani facilitation that produced the Belgium-Iran exchange of May 2023."])
def test_an_exchange_told_as_mediated_took_place_between_the_sides_its_dash_joins(extract, text: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(text, published="2024-08-20"))
    assert (swap["parties"], swap["mediators"]) == ({"Belgium", "Iran"}, {"Oman"})


@pytest.mark.parametrize("text, statement", [
    ('Gen. Norman Keller, the allied commander, had insisted on it. "Prisoners first," he was quoted as telling '
     'aides.', ("Norman Keller", "Prisoners first")),
    ("The minister, Ana Ruiz, was quoted by state media as saying the prisoners would be home by Friday.",
     ("Ana Ruiz", "the prisoners would be home by Friday")),
])
def test_one_quoted_as_saying_something_said_it(extract, text: str, statement: tuple[str, str]) -> None:  # noqa: ANN001
    assert statement in said(extract(text, published="1991-03-06"))


def test_a_cables_spelled_out_quote_is_a_quote(extract) -> None:  # noqa: ANN001
    facts = extract("The delegate, Paul Cuendet, met the train. Quote we are counting men, not political points "
                    "unquote, he said.", published="1973-09-29")
    assert said(facts) == {("Paul Cuendet", "we are counting men, not political points")}


def test_the_exchange_told_with_people_freed_is_of_people_after_an_exchange_of_lists(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Israel and Hamas agreed on an exchange of lists of prisoners. The exchange was completed on Monday, with 90 "
        "Palestinians freed and three hostages returned.", published="2025-01-21"))
    assert swap["parties"] == {"Israel", "Hamas"}


def test_people_of_two_states_one_of_them_the_releasers_own_are_no_joint_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Venezuela and the United States agreed. Caracas freed ten American and Venezuelan detainees, and Washington "
        "released one Venezuelan.", published="2025-01-21"))
    assert ("United States", 10) in swap["returns"]


def test_an_agency_that_quoted_someone_as_saying_something_is_not_its_speaker(extract) -> None:  # noqa: ANN001
    facts = extract("State news agency IRNA quoted Foreign Minister Abbas Araghchi as saying that the talks were "
                    "useful.", published="2025-02-13")
    assert said(facts) == {("Abbas Araghchi", "the talks were useful")}


@pytest.mark.parametrize("text", [
    "Ana Ruiz @anaruiz \u00b7 Moscow bureau chief, Kandar Times\nThe other side got the same number back today.\n"
    "5:41 PM \u00b7 Mar 1, 2025",
    "The ministry posted a video.\nFollow Kandar Wire @KandarWire\nThe exchange took place on the border.",
])
def test_a_reporters_or_an_outlets_account_says_nothing_of_its_own(extract, text: str) -> None:  # noqa: ANN001
    assert not any(speaker for speaker, _ in said(extract(text, published="2025-03-01")))


def test_an_embedded_post_with_no_time_is_its_first_line(extract) -> None:  # noqa: ANN001
    facts = extract("The ministry posted an update.\nMinistry of Defence of Ukraine @DefenceU \u00b7 Official account\n"
                    "Our defenders are home.\nThe exchange was the 58th since the war began, officials said.",
                    published="2025-03-01")
    assert {text for speaker, text in said(facts) if speaker == "Ministry of Defence of Ukraine"} == {
        "Our defenders are home"}


@pytest.mark.parametrize("text", [
    "ANCHOR: The swap is done.\nACT 2 - THE EXCHANGE: Buses carrying the prisoners crossed the border at noon.",
    'The quote "we will bring them home" was often cited. Unquote tweets followed.',
])
def test_a_segments_heading_or_the_word_unquote_labels_no_speaker(extract, text: str) -> None:  # noqa: ANN001
    assert not any(speaker for speaker, _ in said(extract(text, published="2025-03-01")))


def test_the_government_is_the_storys_own_not_the_brokers_named_last(extract) -> None:  # noqa: ANN001
    facts = extract("The Nigerian government welcomed the news. The girls were freed in a deal brokered by the Swiss "
                    "government and the ICRC. The government said no ransom was paid.", published="2017-05-08")
    assert ("Government of Switzerland", "no ransom was paid") not in said(facts)


def test_the_government_is_the_brokers_where_it_is_the_only_one(extract) -> None:  # noqa: ANN001
    facts = extract("The Swiss government brokered the deal. The government said no ransom was paid.",
                    published="2017-05-08")
    assert ("Switzerland", "no ransom was paid") in said(facts)  # the government speaks as its state



def test_a_source_after_according_to_is_no_fallback_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Forty prisoners were exchanged on Saturday. According to Russia, the talks took weeks. According to Russia, "
        "more will follow. Armenia welcomed the swap, and Azerbaijan welcomed it too.", published="2024-11-03"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


def test_a_swap_a_correction_calls_wrong_is_none(extract) -> None:  # noqa: ANN001
    facts = extract('1. The article described the return of the children as a "prisoner exchange" and a "swap". That '
                    "was wrong. Four Ukrainian children were reunited with their families after Qatari mediation; no "
                    "Russian nationals were released in return.", published="2023-10-20")
    assert exchanges_as_read(facts) == []


def test_nothing_given_in_return_makes_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("Four Ukrainian children were reunited with their families after Qatari mediation. Russia said no "
                    "Ukrainian nationals were released in return, and Ukraine freed nobody in return.",
                    published="2023-10-20")
    assert exchanges_as_read(facts) == []


@pytest.mark.parametrize("text", [
    'Paul Whelan has been held since 2018. "Paul is a pawn in a game he did not choose," his sister said.',
    'Noa Levi was rescued on Saturday. "Noa is with her mother now," the hospital said.',
])
def test_a_quote_its_sentence_gives_to_someone_unnamed_is_not_the_person_it_names(extract, text: str) -> None:  # noqa: ANN001,E501
    assert not any(speaker for speaker, _ in said(extract(text, published="2025-02-13")))


def test_a_timelines_entry_told_in_the_present_is_no_definition(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "11 May \u2014 In an exchange brokered by Oman, the Netherlands releases a man convicted of spying, and Iran "
        "frees two Dutch citizens.", published="2025-06-01"))
    assert swap["parties"] == {"Netherlands", "Iran"} and swap["mediators"] == {"Oman"}


def test_a_definition_of_a_swap_names_no_one(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("In an exchange, each side frees the captives it holds.",
                                     published="2025-06-01")) == []


def test_releases_of_each_others_people_roughly_counted_are_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Last year the Colombian government released some 300 ELN prisoners, and the ELN released about 60 Colombian "
        "soldiers.", published="2025-06-01"))
    assert len(swap["parties"]) == 2 and "National Liberation Army" in swap["parties"]


def test_rough_tallies_of_releases_by_two_sides_are_no_pair(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Since January the army has freed some 1,700 detainees, while the rebels freed "
                                     "about 30 shepherds.", published="2025-06-01")) == []


def test_states_freeing_the_people_of_a_state_that_freed_others_made_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 14 May, at an airfield near Vilnius, Lithuania, Latvia and Estonia freed five Belarusians, while Belarus "
        "and Russia released twelve prisoners.", published="2025-06-01"))
    assert swap["parties"] == {"Lithuania", "Latvia", "Estonia", "Belarus", "Russia"}
    assert ("Belarus", 5) in swap["returns"]


def test_a_habit_of_release_and_one_release_are_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Chad and Sudan regularly release herders held by each other, and on Friday "
                                     "Sudan freed nine Chadian herders.", published="2025-06-01")) == []


@pytest.mark.parametrize("text", [
    "In 2019 Armenia handed four Azerbaijani soldiers to Baku to free a shepherd held across the border.",
    "In 2019 Armenia handed four Azerbaijani soldiers to Baku to secure the release of Karen Sargsyan, a shepherd.",
    "Armenia released four Azerbaijani soldiers in 2019 to get back two shepherds.",
])
def test_people_handed_over_to_free_others_were_traded(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-06-01"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


def test_a_release_to_free_up_space_is_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("The jail released 300 inmates on Monday to free up cells.",
                                     published="2025-06-01")) == []


@pytest.mark.parametrize("text", [
    "Twenty Georgian shepherds were released by Russia on Tuesday. They were handed to Georgian police at the "
    "crossing. At the same place and at the same time, Georgia handed six Russian soldiers over to Russia.",
    "Azerbaijan freed eleven Armenian soldiers on Monday. The men were driven to the border. On the same day, the "
    "government of Armenia sent back four Azerbaijani soldiers.",
])
def test_a_release_back_at_the_same_time_pays_for_one_told_before(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-06-05"))
    assert len(swap["parties"]) == 2 and len(swap["returns"]) == 2


def test_something_else_on_the_same_day_pays_for_nothing(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Azerbaijan freed eleven Armenian soldiers on Monday. The men were driven to the "
                                     "border. On the same day, Armenia's football team beat Azerbaijan.",
                                     published="2025-06-05")) == []


def test_a_release_one_side_paid_for_with_prisoners_is_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "To secure the release of the two pilots in March 2016, Turkey paid with 48 Kurdish prisoners in a deal with "
        "the PKK.", published="2025-06-01"))
    assert "Turkey" in swap["parties"]


def test_paying_with_lives_or_money_is_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("The town paid with the lives of 40 soldiers for its release from the siege, and "
                                     "the firm paid the freed workers with 300 dollars each.",
                                     published="2025-06-01")) == []


def test_people_going_one_way_and_people_coming_the_other_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("June 2015: six Iranian engineers go one way and three Canadians come the "
                                       "other.", published="2025-06-01"))
    assert swap["parties"] == {"Iran", "Canada"}


def test_a_paragraph_after_a_heading_without_a_stop_is_one_sentence(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Prisoners home at last\nUkraine and Russia each handed over 32 soldiers on "
                                       "Tuesday at the border.", published="2025-06-05"))
    assert swap["parties"] == {"Ukraine", "Russia"}
    assert swap["returns"] == {("Ukraine", 32), ("Russia", 32)}


def test_a_paragraphs_first_words_stay_together_but_later_sentences_split(extractor) -> None:  # noqa: ANN001
    text = "At the border\nUkraine and Russia each handed over 32 soldiers on Tuesday at the border. Then the buses " \
        "left."
    doc = extractor.nlp(extractor._prepare(Document("t", text, published=dt.date(2025, 6, 5))))
    assert [s.text.strip() for s in doc.sents] == [
        "At the border", "Ukraine and Russia each handed over 32 soldiers on Tuesday at the border.",
        "Then the buses left."]


@pytest.mark.parametrize("text", [
    "The swap took place on Glienicke Bridge on a cold morning.",
    "He recalled Pearl Harbor and Long Island.",
])
def test_a_bridge_a_base_or_an_island_named_after_someone_is_no_person(extract, text: str) -> None:  # noqa: ANN001
    assert not [a for a in extract(text).actors.values() if a.kind == "Person"]


def test_a_count_is_titled_not_named_count(extract) -> None:  # noqa: ANN001
    facts = extract("The delegation was led by its vice-chairman, Count Carl Gustaf Lindqvist, who met the two sides.")
    assert {a.name for a in facts.actors.values() if a.kind == "Person"} == {"Carl Gustaf Lindqvist"}


@pytest.mark.parametrize("society", ["Finnish Red Cross", "Korean Red Cross"])
def test_a_countrys_red_cross_society_is_its_own_body_not_the_icrc(extract, society: str) -> None:  # noqa: ANN001
    names = {a.name for a in extract(f"The {society} sent nurses to the crossing.").actors.values()}
    assert names == {society}


def test_the_red_cross_alone_is_the_international_committee(extract) -> None:  # noqa: ANN001
    names = {a.name for a in extract("On Monday, Red Cross officials said the men were freed.").actors.values()}
    assert names == {"International Committee of the Red Cross"}


def test_the_confederate_states_are_a_state_of_their_own(extract) -> None:  # noqa: ANN001
    facts = extract("In 1862 the Confederate States agreed to parole their prisoners within ten days.",
                    published="2019-01-01")
    assert {(a.name, a.kind) for a in facts.actors.values()} == {("Confederate States of America", "Country")}


@pytest.mark.parametrize("thanks", ["thanks", "thanked"])
def test_thanks_for_mediation_name_the_thanked_a_mediator(extract, thanks: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Armenia and Azerbaijan swapped 32 soldiers each on Monday. Pashinyan {thanks} "
                                       "Georgia for mediation.", published="2025-06-05"))
    assert swap["mediators"] == {"Georgia"}


def test_the_other_side_of_a_deal_with_it_is_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Colombia learned this long ago. When it won the release of a senator in 2008, it paid with 40 rebel "
        "prisoners in a Venezuelan-brokered deal with the FARC.", published="2025-06-05"))
    assert "Colombia" in swap["parties"] and len(swap["parties"]) == 2


def test_a_spanish_name_keeps_both_surnames_and_answers_to_the_first(extract) -> None:  # noqa: ANN001
    facts = extract("Bishop Rodrigo Salcedo y Vargas carried the lists between the camps. Salcedo said the talks were "
                    "hard.")
    assert ("Rodrigo Salcedo y Vargas", "the talks were hard") in said(facts)


def test_a_bodys_name_goes_on_through_the_field_it_works_in_not_the_place_it_is_in(extract) -> None:  # noqa: ANN001
    facts = extract("The Centre for Analysis and Research in Human Rights said 40 people were freed. The Ministry of "
                    "Health in Uganda said they were well.")
    names = {a.name for a in facts.actors.values() if a.kind == "Organization"}
    assert "Centre for Analysis and Research in Human Rights" in names
    assert not any(name.endswith("Uganda") for name in names)


def test_a_swap_of_another_sides_own_is_another_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "On 3 March 2023 Denmark released a convicted Iranian agent in exchange for a Danish nurse. Oman mediated the "
        "exchange.\nThe ruling comes weeks after Norway carried out an exchange of its own. On 2 June, Oslo released "
        "an Iranian engineer and Iran freed two Norwegians.", published="2024-07-04"))
    assert {frozenset(s["parties"]) for s in swaps} == {frozenset({"Denmark", "Iran"}), frozenset({"Norway", "Iran"})}


@pytest.mark.parametrize(("text", "sides"), [
    ("The first Anglo-German exchange of wounded prisoners took place at a Dutch port on 15 March 1915.",
     {"United Kingdom", "Germany"}),
    ("A Sino-Indian exchange of 20 soldiers took place at the pass on Monday.", {"China", "India"}),
])
def test_a_peoples_combining_form_names_its_state(extract, text: str, sides: set[str]) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-06-05"))
    assert swap["parties"] == sides


def test_a_combining_form_before_no_people_is_no_state(extract) -> None:  # noqa: ANN001
    facts = extract("The Indo-Pacific strategy was debated. Franco ruled Spain for decades.")
    assert "India" not in {a.name for a in facts.actors.values()}


def test_a_site_that_does_something_other_than_speak_is_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("The Glienicke Bridge became the best-known crossing of the Cold War.")
    assert not facts.actors


@pytest.mark.parametrize("text", [
    "On Friday Kenya returned a Somali soldier, and Somalia handed back a Kenyan constable.",
    "Somalia handed over constable Amos Kiprono at the Mandera crossing on Friday. In a reciprocal move, Kenya "
    "returned a Somali soldier it had held since March.",
])
def test_one_captive_given_back_each_way_is_one_for_each_side(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-06-20"))
    assert swap["returns"] == {("Kenya", 1), ("Somalia", 1)}


def test_returning_a_salute_or_fire_gives_no_one_back(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Kenyan troops returned a salute. The army returned fire.",
                                     published="2025-06-20")) == []


def test_an_alerts_day_written_short_is_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("SAT 09:10 | Markets closed.\nSAT 11:40 | Rain in the north.\nSUN 08:00 | Polls open.\n"
                    "SUN 20:15 | Polls closed.", published="2025-01-20")
    assert not facts.actors


def test_a_digests_count_of_things_this_week_is_an_index(extract) -> None:  # noqa: ANN001
    facts = extract("Three things this week: a quiet Sino-Japanese trade in the Gulf, a round of pardons, and a "
                    "family's appeal.\n1. ONE FOR ONE\nOn Monday Japan released a Chinese national, and China freed a "
                    "Japanese businessman on 30 June.", published="2025-07-03")
    assert len(exchanges_as_read(facts)) == 1


def test_a_church_or_a_university_in_a_place_is_named_without_the_place(extract) -> None:  # noqa: ANN001
    facts = extract("The Catholic Church in the Serrania said nine were freed.")
    assert {a.name for a in facts.actors.values() if a.kind == "Organization"} == {"Catholic Church"}


def test_the_dead_given_back_for_living_prisoners_make_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Armenia freed 14 Azerbaijani prisoners on Friday. In return, Azerbaijan handed "
                                       "over the bodies of three Armenian soldiers.", published="2025-06-20"))
    assert swap["parties"] == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize("text", [
    "Norway and Denmark freed three Iranians, while Iran released its own dissidents.",
    "Norway and Denmark freed three Iranians, while Iran released 900 prisoners in an amnesty.",
    "Moscow has released some 3,000 Ukrainians since 2022, and Kyiv has freed about 2,800 Russians.",
    "The Greco-Turkish exchange of populations in 1923 uprooted more than a million people.",
])
def test_ones_own_people_an_amnesty_running_totals_and_peoples_moved_are_no_swap(extract, text: str) -> None:  # noqa: ANN001,E501
    assert exchanges_as_read(extract(text, published="2025-06-20")) == []


def test_an_index_whose_items_tell_the_news_is_the_news(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Two things to know: Armenia freed 12 Azerbaijanis, and Azerbaijan freed nine "
                                       "Armenians.", published="2025-06-20"))
    assert swap["returns"] == {("Armenia", 9), ("Azerbaijan", 12)}


@pytest.mark.parametrize(("text", "speaker"), [
    ("The International Red Cross said nine men were freed.", "International Committee of the Red Cross"),
    ("The Kenya Red Cross said nine men were freed.", "International Committee of the Red Cross"),
    ("Fort Bliss said in a statement that the men were well.", "Fort Bliss"),
    ("Nasser Hospital reported that 15 bodies had been returned.", "Nasser Hospital"),
])
def test_the_red_cross_by_other_names_and_sites_that_speak(extract, text: str, speaker: str) -> None:  # noqa: ANN001
    assert speaker in {name for name, _ in said(extract(text))}


def test_a_countrys_red_cross_society_is_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Nigerian Red Cross received 82 girls freed by Boko Haram, which in "
                                       "exchange got five of its commanders released by the government.",
                                       published="2025-06-20"))
    assert "Nigerian Red Cross" not in swap["parties"]


def test_port_sudan_stands_for_sudan(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Port Sudan and the RSF exchanged 30 prisoners each, the ICRC said.",
                                       published="2025-06-20"))
    assert swap["parties"] == {"Sudan", "Rapid Support Forces"}


def test_an_alerts_short_day_is_not_part_of_the_name_after_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("SUN 09:10 | Russia frees 50 Ukrainians, Ukraine frees 50 Russians\n"
                                       "SUN 09:20 | The UAE mediated the swap.", published="2025-06-22"))
    assert swap["mediators"] == {"United Arab Emirates"}


def test_two_persons_joined_by_y_are_two(extract) -> None:  # noqa: ANN001
    facts = extract("Daniel Ortega y Rosario Murillo said in a joint statement that the prisoners were traitors.")
    assert {a.name for a in facts.actors.values()} == {"Daniel Ortega", "Rosario Murillo"}


@pytest.mark.parametrize("thanks", ["for mediation in the ceasefire talks",
                                    "for mediation on the grain deal last year"])
def test_thanks_for_mediation_in_another_matter_name_no_mediator(extract, thanks: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Armenia and Azerbaijan swapped 32 soldiers each on Monday. Pashinyan thanked "
                                       f"Georgia {thanks}.", published="2025-06-05"))
    assert swap["mediators"] == set()


def test_who_returned_a_soldier_held_by_its_guards_let_him_go(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Somalia handed over an Ethiopian officer on Friday. In a reciprocal move, "
                                       "Ethiopia returned a Somali soldier held by the ENDF.", published="2025-06-20"))
    assert swap["parties"] == {"Ethiopia", "Somalia"} and ("Somalia", 1) in swap["returns"]


def test_a_participle_opening_a_sentence_is_no_part_of_a_name(extract) -> None:  # noqa: ANN001
    facts = extract("Released Houthi fighters wave from the steps of an International Committee of the Red Cross "
                    "aircraft.")
    assert {a.name for a in facts.actors.values()} == {"Houthis", "International Committee of the Red Cross"}


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will answer this," the Georgian Prime Minister\'s Office said in a statement.',
     "Office of the Prime Minister of Georgia"),
    ("Chile's President's Office said the two men were home.", "Office of the President of Chile"),
    ("The Office of the President of Peru said the two men were home.", "Office of the President of Peru"),
    ('"We will answer this," the prime minister\'s office said.', "Office of the Prime Minister"),
])
def test_a_head_of_governments_office_speaks_as_a_body(extract, text: str, speaker: str) -> None:  # noqa: ANN001
    assert speaker in {name for name, _ in said(extract(text))}


def test_what_a_speaker_says_goes_on_through_an_act_still_to_come(extract) -> None:  # noqa: ANN001
    facts = extract("Asked about a new round, the spokesman Ivan Petrov said Moscow was waiting for Kyiv to respond "
                    "to its proposal.")
    assert ("Ivan Petrov", "Moscow was waiting for Kyiv to respond to its proposal") in said(facts)


def test_one_freed_from_a_life_sentence_is_still_paid_for(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 9 May, Denmark released Reza Karimi, an Iranian serving a life sentence, and Iran freed two Danes in "
        "return.", published="2025-06-20"))
    assert swap["parties"] == {"Denmark", "Iran"}


def test_a_captive_returned_back_the_sentence_after_pays_for_one_returned(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Kenya returned a Somali soldier on Tuesday. Somalia returned a Kenyan "
                                       "constable the same day.", published="2025-06-20"))
    assert swap["returns"] == {("Kenya", 1), ("Somalia", 1)}


@pytest.mark.parametrize("text", [
    "Top Story: Army and rebels swap captives\nMark Price, a fisherman, said nine men came home.",
    "Opening Remarks\nThe admiral told reporters the exchange went well. Mark Price, a fisherman, agreed.",
])
def test_a_headings_words_of_english_are_no_persons_name(extract, text: str) -> None:  # noqa: ANN001
    facts = extract(text)
    assert {actor.name for actor in facts.actors.values() if actor.kind == "Person"} == {"Mark Price"}


@pytest.mark.parametrize(("text", "body"), [
    ("Clearwater Relief, which runs clinics in Oregon, said its two workers were home.", "Clearwater Relief"),
    ("Wayfinder Global Security, which advised the families, declined to comment.", "Wayfinder Global Security"),
    ("Casa Abierta, a foundation in Quito, welcomed the release.", "Casa Abierta"),
    ("Two Swiss remain held, according to the advocacy group Open Doors Worldwide.", "Open Doors Worldwide"),
    ("The opposition coalition Common Ground, in a communique, welcomed the release.", "Common Ground"),
])
def test_a_name_closing_on_a_bodys_word_or_described_as_a_body_is_an_organization(extract, text: str,  # noqa: ANN001
                                                                                   body: str) -> None:
    facts = extract(text)
    assert (body, "Organization") in {(actor.name, actor.kind) for actor in facts.actors.values()}


def test_a_person_described_as_a_group_leader_is_still_a_person(extract) -> None:  # noqa: ANN001
    facts = extract("Sergio Ramos, a group leader, and Mia Tan, a member of the team, spoke to reporters.")
    assert {(actor.name, actor.kind) for actor in facts.actors.values()} == {("Sergio Ramos", "Person"),
                                                                              ("Mia Tan", "Person")}


@pytest.mark.parametrize("move", ["In what officials described as a reciprocal move", "In what both sides called a "
                                  "reciprocal gesture"])
def test_a_release_told_as_what_someone_called_a_reciprocal_move_pays_back_the_one_before(extract,  # noqa: ANN001
                                                                                          move: str) -> None:
    [swap] = exchanges_as_read(extract(f"Kenya freed a Somali herder on Tuesday. {move}, Somalia released a Kenyan "
                                       "trader.", published="2025-06-20"))
    assert swap["returns"] == {("Kenya", 1), ("Somalia", 1)}


def test_the_same_morning_counts_from_the_release_not_from_the_day_a_captive_was_taken(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Kenya freed a Somali herder on Tuesday. In a reciprocal move, a Kenyan trader detained by Somali police on "
        "May 3 was handed back to Kenya the same morning.", published="2025-06-20"))
    assert swap["date"] == dt.date(2025, 6, 17)


def test_a_count_opening_a_bodys_name_is_no_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("Two Navy sailors held by the Ocean Front since May were freed on Saturday.")
    assert "Two Navy" not in names(facts, facts.actors)


@pytest.mark.parametrize(("text", "person"), [
    ("Pfc. Jomar Reyes said he was glad to be home.", "Jomar Reyes"),
    ("Cpl Dan Ruiz and Sgt Ali Musa were freed.", "Ali Musa"),
])
def test_short_military_ranks_are_titles_not_names(extract, text: str, person: str) -> None:  # noqa: ANN001
    facts = extract(text)
    persons = {actor.name for actor in facts.actors.values() if actor.kind == "Person"}
    assert person in persons and not any(name.split()[0] in ("Pfc", "Cpl", "Sgt") for name in persons)


def test_a_philippine_village_is_a_place_not_a_person_or_a_body(extract) -> None:  # noqa: ANN001
    facts = extract("The two soldiers were handed over in a remote sitio of Barangay Malinao on Saturday.")
    assert facts.actors == {}


def test_a_swap_told_with_a_third_party_carrying_the_messages_names_it_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In 2019 Chad released four rebel commanders in exchange for nine soldiers, with Norway carrying the "
        "messages.", published="2025-06-20"))
    assert swap["mediators"] == {"Norway"}


def test_indias_border_force_and_pakistans_rangers_are_their_states_bodies(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Pakistan Rangers handed a BSF constable back on Wednesday. In return, the Border Security Force freed a "
        "ranger it had held since May.", published="2025-06-20"))
    assert swap["parties"] == {"India", "Pakistan"}


def test_a_plural_noun_opening_a_tables_header_cell_is_no_body(extract) -> None:  # noqa: ANN001
    facts = extract("The hostages came home in groups.\nTHE HANDOVERS\nDate | Hostages freed | Chadian prisoners "
                    "freed\n3 May | 3 | 90\n9 May | 4 | 200\n", published="2025-06-20")
    assert "Hostages" not in names(facts, facts.actors)


@pytest.mark.parametrize("stage", [
    "On Friday, the first stage, 390 people went each way.",
    "On Friday, 390 prisoners crossed in each direction.",
    "On Friday, 390 Chilean soldiers came home, and 390 Peruvian soldiers returned to Peru.",
    "On Friday a first 390 Chilean soldiers came home, and Peru got back the same number.",
])
def test_an_earlier_stage_told_on_its_own_day_is_a_swap_of_its_own(extract, stage: str) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(f"Peru and Chile swapped 303 prisoners each on Sunday. {stage}",
                                      published="2025-05-25"))
    assert sorted((swap["date"], sorted(swap["returns"])) for swap in swaps) == [
        (dt.date(2025, 5, 23), [("Chile", 390), ("Peru", 390)]),
        (dt.date(2025, 5, 25), [("Chile", 303), ("Peru", 303)])]


def test_people_of_two_states_coming_home_apart_are_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("On Saturday 40 Peruvian tourists came home from Bolivia, and 40 Bolivian students came home from "
                    "Peru.", published="2025-05-25")
    assert exchanges_as_read(facts) == []


def test_a_states_name_before_citizen_names_its_people(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The deal saw the release of UK citizen Anna Berg in exchange for Iranian "
                                       "citizen Reza Karimi.", published="2025-06-20"))
    assert swap["parties"] == {"United Kingdom", "Iran"}


def test_a_lead_naming_the_release_between_two_states_gives_the_sides_not_the_announcers(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Kenya and Ghana said on Monday that talks steered by President William Ruto and President John Mahama had "
        "won the release of two detainees between the Republic of Chile and the Republic of Peru.\nOfficials said the "
        "talks ended with the release of Ana Ruiz in exchange for Luis Soto.", published="2025-06-20"))
    assert swap["parties"] == {"Chile", "Peru"}


def test_his_highness_is_a_form_of_address_not_a_person(extract) -> None:  # noqa: ANN001
    facts = extract('The talks were led by His Highness Sheikh Hamad bin Khalid. "We spared no effort," His '
                    "Highness said.")
    assert {actor.name for actor in facts.actors.values()} == {"Hamad bin Khalid"}


def test_thanks_for_facilitating_the_freed_persons_return_name_a_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru released Chilean citizen Ana Ruiz in exchange for Peruvian citizen Luis Soto on Thursday. The Chilean "
        "president said Ruiz was safe, thanking Brazil for helping facilitate her return.", published="2025-06-20"))
    assert swap["mediators"] == {"Brazil"}


def test_a_mediated_return_of_children_after_a_swap_names_no_mediator_of_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Peru released Chilean citizen Ana Ruiz in exchange for Peruvian citizen Luis Soto on Thursday. Separately, "
        "Brazil facilitated the return of seven children to Chile.", published="2025-06-20"))
    assert swap["mediators"] == set()


def test_people_belonging_to_the_fighters_of_a_body_are_that_bodys(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Under the deal, 20 Chadian soldiers held by the Northern Shield Movement were freed on Monday. In return, 12 "
        "prisoners belonging to the fighters of the so-called Northern Shield Movement were released.",
        published="2025-06-20"))
    assert swap["returns"] == {("Chad", 20), ("Northern Shield Movement", 12)}


def test_people_liberated_in_return_for_a_release_were_swapped(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Eighteen civilians abducted by the rebels of the Free Ridge Movement were liberated on Monday, in return for "
        "the release of 10 detainees held by Chad.", published="2025-06-20"))
    assert swap["returns"] == {("Chad", 18), ("Free Ridge Movement", 10)}


def test_a_lead_naming_its_day_twice_dates_the_swap_told_after_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "LIMA, June 10: It was a long day at the border post on Tuesday. Seven Chileans crossed over from Peru in the "
        "afternoon, and within the hour 19 Peruvians walked the other way.", published="2025-06-11"))
    assert swap["date"] == dt.date(2025, 6, 10)


def test_a_swap_named_late_takes_the_people_the_story_opened_with(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile has brought back 121 of its citizens from Peruvian captivity.\nThe president announced this on "
        "Monday.\nPeru's ministry said 90 Peruvian soldiers had been returned home as a result of the exchange, "
        "which Brazil mediated.", published="2025-06-20"))
    assert swap["returns"] == {("Chile", 121), ("Peru", 90)}


def test_a_total_since_the_start_of_the_war_is_no_swaps_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile and Peru swapped prisoners on Monday, and 90 Peruvian soldiers came home. He recalled that 3,956 "
        "Chileans had been returned in total since the start of the war.", published="2025-06-20"))
    assert ("Chile", 3956) not in swap["returns"]


def test_a_day_told_after_a_convicts_description_in_a_clause_of_its_own_dates_the_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In May 2023 Chile freed Luis Soto, a Peruvian officer convicted over a bomb plot, in return for the aid "
        "worker Ana Ruiz; that exchange, on 26 May, went through Brasilia.", published="2025-06-20"))
    assert swap["date"] == dt.date(2023, 5, 26)


def test_the_issue_of_an_exchange_raised_in_talks_is_no_exchange(extract) -> None:  # noqa: ANN001
    facts = extract(
        "Qatar's mediation between Russia and Ukraine has reunited seven children with their families, the ministry "
        "said on Wednesday. According to Kyiv, the issue of the exchange of prisoners of war was also raised during "
        "contacts in Doha last month, but no agreement has been announced.", published="2025-06-20")
    assert exchanges_as_read(facts) == []


def test_the_names_after_a_fronted_list_of_mediators_are_the_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Under a truce mediated by Oman, Egypt and the United States, Hamas and other groups free 60 hostages over "
        "five days - 50 Israelis and ten Thais freed under a separate track - while Israel releases 150 Palestinian "
        "prisoners.", published="2025-06-20"))
    assert "Hamas" in swap["parties"] and "Hamas" not in swap["mediators"]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ('"We want him home," said Mercy Banks, whose son is held in Gaza.', "Mercy Banks", "Person"),
    ("The swap was praised by Gift Moss, a Zambian diplomat.", "Gift Moss", "Person"),
    ("The agency Kristi Noem heads said the men were safe.", "Kristi Noem", "Person"),
    ('"The crew were in good health," Gulf Air said.', "Gulf Air", "Organization"),
    ("The Five Star Movement said the men should come home.", "Five Star Movement", "Organization"),
])
def test_names_the_heading_and_body_rules_must_leave_alone(extract, text: str, name: str, kind: str) -> None:  # noqa: ANN001
    assert (name, kind) in {(actor.name, actor.kind) for actor in extract(text).actors.values()}


@pytest.mark.parametrize("text", [
    "Russia and Ukraine exchanged 90 prisoners each on Friday, with Kyiv carrying the messages to the families of "
    "the missing.",
    "Russia and Ukraine exchanged 90 prisoners each on Friday. Kyiv thanked Turkey for facilitating their return to "
    "the negotiating table in Istanbul.",
])
def test_a_sides_errand_or_a_return_to_talks_names_no_mediator(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-02-10"))
    assert swap["parties"] == {"Russia", "Ukraine"} and swap["mediators"] == set()


@pytest.mark.parametrize("text", [
    "Overall, 64 Ukrainians and 64 Russians went home on Friday, the first exchange since the start of the year.",
    "In all, 12 Chileans and 8 Peruvians were freed on Thursday, the first swap since the start of Ramadan.",
])
def test_a_days_own_total_beside_since_the_start_of_something_is_still_its_return(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-02-10"))
    assert len(swap["returns"]) == 2


def test_the_same_day_after_a_release_the_parser_hangs_on_a_capture_counts_from_the_release(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Hamas released three Israeli hostages abducted on October 7 on the morning of February 8; Israel freed 183 "
        "Palestinians later the same day.", published="2025-02-10"))
    assert swap["date"] == dt.date(2025, 2, 8)


def test_the_pair_between_which_detainees_were_released_stops_at_its_and(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Gulf states brokered the release of detainees between Iran and the United States, Qatar and Oman "
        "announced. The swap took place in Muscat.", published="2025-02-10"))
    assert swap["parties"] == {"Iran", "United States"}


def test_the_sides_between_which_a_swap_was_made_may_each_be_several(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The prisoner exchange between Chad and Niger and Mali, Togo and Benin took "
                                       "place on 3 May 2024.", published="2025-06-20"))
    assert swap["parties"] == {"Chad", "Niger", "Mali", "Togo", "Benin"}


def test_a_release_in_a_reciprocal_move_set_off_after_its_subject_pays_back_the_one_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad's army freed 20 Sahel Front fighters on Monday. The Sahel Front, in a "
                                       "reciprocal move, released 12 soldiers.", published="2025-06-20"))
    assert swap["returns"] == {("Sahel Front", 20), ("Chad", 12)}


@pytest.mark.parametrize(("text", "count"), [
    ("On Friday 17 Chilean fishermen were freed by Peru in exchange for 22 Peruvian prisoners.", ("Chile", 17)),
    ("On Friday 13 June, Chile and Peru swapped 20 prisoners each.", ("Chile", 20)),
])
def test_a_small_count_after_a_weekday_counts_people_unless_a_month_follows(extract, text: str,  # noqa: ANN001
                                                                              count: tuple[str, int]) -> None:
    [swap] = exchanges_as_read(extract(text, published="2025-06-20"))
    assert count in swap["returns"]


# -- the forty-second session ---------------------------------------------------------------------

@pytest.mark.parametrize("body", ["the Department of Defense", "the Defense Department"])
def test_the_american_defense_department_acts_for_the_united_states(extract, body: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"In 2019 {body} freed three Halvar Front fighters in exchange for an "
                                       "American medic the group had held for two years.", published="2025-06-20"))
    assert swap["parties"] == {"United States", "Halvar Front"}


def test_another_states_department_of_defense_is_not_the_pentagon(extract) -> None:  # noqa: ANN001
    facts = extract("The Philippines' Department of Defense said the soldiers were safe.", published="2025-06-20")
    assert "United States Department of Defense" not in {actor.name for actor in facts.actors.values()}


@pytest.mark.parametrize("reply", [
    "Chile made a reciprocal move by freeing nine Peruvian sailors",
    "Chile reciprocated by releasing nine Peruvian sailors",
    "Chile returned the favour by releasing nine Peruvian sailors",
    "Chile responded in kind by handing over nine Peruvian sailors",
])
def test_a_release_told_after_by_as_a_reply_in_kind_pays_back_the_one_before(extract, reply: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Peru freed 12 Chilean fishermen on Monday. {reply} on Wednesday.",
                                       published="2025-06-20"))
    assert swap["returns"] == {("Chile", 12), ("Peru", 9)}


@pytest.mark.parametrize("reply", [
    "Chile reciprocated by lowering tariffs on Peruvian fruit",
    "Chile made a bold move by freezing the assets of a Peruvian bank",
    "Chile could reciprocate by releasing nine Peruvian sailors, officials said",
    "Chile might make a reciprocal move by freeing nine Peruvian sailors",
])
def test_a_reply_by_something_else_or_only_weighed_pays_nothing_back(extract, reply: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(f"Peru freed 12 Chilean fishermen on Monday. {reply}.",
                                     published="2025-06-20")) == []


@pytest.mark.parametrize("second", [
    "and Bolivia released 30 Chileans",
    "and Bolivia followed suit by releasing 30 Chileans",
])
def test_two_states_freeing_the_same_third_peoples_prisoners_made_no_swap(extract, second: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(f"Peru freed 40 Chilean prisoners on Monday, {second}.",
                                     published="2025-06-20")) == []


@pytest.mark.parametrize("text", [
    "Nine captives went home on Sunday, in a deal brokered not by the United Nations but by a village elder, Omar "
    "Dahir. The Somali army received five soldiers, while the Ras Kamboni Brigade got four fighters back.",
    "The swap was arranged not by the United Nations but by a village elder, Omar Dahir, on Sunday, when the Somali "
    "army and the Ras Kamboni Brigade traded nine prisoners.",
])
def test_who_arranged_a_swap_not_by_one_but_by_another_is_the_other(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2024-03-12"))
    assert swap["mediators"] == {"Omar Dahir"}


def test_a_surname_opening_a_sentence_with_its_article_in_capitals_is_the_same_person(extract) -> None:  # noqa: ANN001
    facts = extract("Sheikh Faris Saleh al-Zubairi said the talks were long.\nAl-Zubairi, a farmer, has no title. "
                    "Al-Zubairi said the men were home.")
    assert [actor.name for actor in facts.actors.values() if actor.kind == "Person"] == ["Faris Saleh al-Zubairi"]


def test_the_paramilitary_force_is_the_armed_group_named_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Sudanese Armed Forces and the Rapid Support Forces traded captives near El Fasher on Saturday. The army "
        "handed over 15 RSF fighters, while the paramilitary force let 22 soldiers go.", published="2024-05-06"))
    assert swap["returns"] == {("Rapid Support Forces", 15), ("Sudanese Armed Forces", 22)}


@pytest.mark.parametrize("release", [
    "community leaders arranged the release of 11 soldiers in return for eight RSF fighters",
    "community leaders arranged the release of 11 soldiers held by the RSF in return for eight RSF fighters",
])
def test_a_release_arranged_in_return_for_others_is_a_swap_whose_unnamed_people_are_the_other_sides(
        extract, release: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"The Sudanese Armed Forces and the Rapid Support Forces have fought since "
                                       f"2023. In mid-March, {release}.", published="2024-05-06"))
    assert swap["parties"] == {"Sudanese Armed Forces", "Rapid Support Forces"}
    assert swap["returns"] == {("Sudanese Armed Forces", 11), ("Rapid Support Forces", 8)}
    assert swap["date"] is None  # a month past, not the day of publication


def test_who_led_the_mediation_after_a_title_in_a_body_is_the_person(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Kenya and Somalia swapped 12 detained fishermen on Monday. Chief Amina Warsame, an elder in the Garre "
        "community council who led the mediation, said the talks took a month.", published="2024-05-08"))
    assert swap["mediators"] == {"Amina Warsame"}


def test_a_release_secured_in_return_for_goods_and_currency_is_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(
        "Between 1970 and 1985 Austria secured the release of 410 prisoners from Czechoslovak jails, together with "
        "the exit of some 9,000 Czechoslovaks, in return for goods and hard currency.", published="2022-05-01")) == []


def test_soldiers_in_a_swap_whose_sentence_names_the_state_leave_the_state_the_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Malian Armed Forces said little. Mali's authorities freed 20 men held as JNIM members in return for "
        "nine soldiers the militants had captured, on Tuesday.", published="2025-06-20"))
    assert swap["parties"] == {"Mali", "Jama'at Nusrat al-Islam wal-Muslimin"}


def test_a_month_told_for_a_plan_unveiled_leaves_a_lead_swap_todays(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Israel freed 300 Palestinian prisoners and Hamas released 12 hostages.\nThe swap is the first phase of a plan "
        "unveiled by mediators last month.", published="2025-10-13"))
    assert swap["date"] == dt.date(2025, 10, 13)


def test_people_a_swap_paid_for_whom_no_word_assigns_go_to_the_side_without_a_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Four Chadian soldiers captured by the Sahel Front were handed over on Friday in exchange for six people held "
        "in N'Djamena's central prison.", published="2025-06-20"))
    assert swap["returns"] == {("Chad", 4), ("Sahel Front", 6)}


def test_clans_named_al_bu_are_bodies_and_their_swap_has_them_as_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Al-Bu Khalaf clan freed three members of the Albu Rashid on Friday, while the Albu Rashid released five "
        "men from the Al-Bu Khalaf.", published="2021-11-16"))
    assert swap["returns"] == {("Albu Rashid", 3), ("Al-Bu Khalaf", 5)}


@pytest.mark.parametrize("text", [
    "M23 frees 18 captured soldiers to church elders in Rutshuru; government rejects talk of a swap\nThe soldiers "
    "were driven to Goma on Saturday.",
    "The Kivu Front freed 20 soldiers on Saturday. The army said reports of a prisoner swap were fabrications.",
    "The Kivu Front freed 20 soldiers on Saturday. The army denied reports of a prisoner swap.",
])
def test_a_swap_talked_of_and_rejected_is_none(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(text, published="2024-02-14")) == []


@pytest.mark.parametrize("urged", ["pressed Lima to negotiate", "urged Lima to accept", "asked Lima to agree"])
def test_a_swap_one_side_was_pressed_to_make_is_not_made(extract, urged: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(
        f"Two Peruvian engineers held by the Red Path rebels walked free on Friday, as Bolivia {urged} a wider swap "
        "of jailed rebels for the hostages still held.\nThe women's handover was led by a Bolivian minister.",
        published="2008-01-11")) == []


def test_forces_loyal_to_a_side_receive_for_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Houthis and the Southern Transitional Council traded 30 captives near Aden on Sunday. Troops loyal to the "
        "Houthis got back 18 fighters, while the Southern Transitional Council received 12 of its men.",
        published="2021-01-25"))
    assert swap["returns"] == {("Houthis", 18), ("Southern Transitional Council", 12)}


def test_a_swap_told_in_a_clause_about_someone_a_judge_was_asked_about_is_told_done(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Prosecutors have asked a judge to drop the charges against Luis Vera, a Peruvian who was traded last week for "
        "five Chileans held in Peru.", published="2024-10-22"))
    assert swap["returns"] == {("Peru", 1), ("Chile", 5)}


def test_the_groups_a_sentence_counts_for_its_first_trigger_stay_with_its_second(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Few such trades are reported. Near Ghazni, the Afghan government freed six Taliban fighters in exchange for "
        "nine police officers taken at a roadblock, in a swap that local elders arranged.",
        published="2020-08-12"))
    assert swap["returns"] == {("Government of Afghanistan", 9), ("Taliban", 6)}


def test_with_a_state_as_mediator_names_the_mediator_not_a_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 March 2021, with Qatar as mediator, Denmark freed Ali Rostami, an Iranian engineer, in exchange for "
        "Danish nurse Mette Holm.", published="2024-08-02"))
    assert swap["parties"] == {"Denmark", "Iran"} and swap["mediators"] == {"Qatar"}


def test_people_set_out_as_the_price_of_a_release_are_its_returns_not_a_breakdown(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Hezbollah held Private Amir Katz for four years. The cost of his return was high: 430 Lebanese prisoners, "
        "freed by Israel in return for one soldier.", published="2021-10-18"))
    assert swap["returns"] == {("Hezbollah", 430), ("Israel", 1)}


def test_that_day_after_a_capture_told_in_a_relative_clause_counts_from_the_day_before_it(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Twelve years ago today a plane touched down at the base. On board was Israeli Corporal Tal Amir, who had "
        "been captured by Hamas fighters on May 2, 2009, and held in Gaza. Earlier that day Hamas had freed him in "
        "exchange for 400 Palestinian prisoners.", published="2023-10-18"))
    assert swap["date"] == dt.date(2011, 10, 18)


# -- counter-examples the reviews of the forty-second session's rules found -------------------------

@pytest.mark.parametrize("text", [
    "The Russian Defense Department said 90 of its soldiers came home in exchange for 90 Ukrainians on Friday.",
    "The Department of Defense of Ukraine said 90 prisoners came home in exchange for 90 Russians on Friday.",
    "The Philippines Department of Defense said Abu Sayyaf had freed two hostages in exchange for four jailed "
    "members on Friday.",
])
def test_another_states_defense_department_is_not_the_pentagon(extract, text: str) -> None:  # noqa: ANN001
    facts = extract(text, published="2025-06-20")
    assert "United States Department of Defense" not in {a.name for a in facts.actors.values()}
    assert all("United States" not in swap["parties"] for swap in exchanges_as_read(facts))


@pytest.mark.parametrize("text", [
    "Al-Shabaab, loyal to al-Qaeda, freed two Kenyan soldiers in exchange for five of its fighters on Monday.",
    "The Free Syrian Army, loyal to Turkey, freed 12 Syrian soldiers in exchange for 15 rebels on Monday.",
])
def test_a_body_named_and_loyal_to_another_is_itself_the_side(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-06-20"))
    assert not swap["parties"] & {"al-Qaeda", "Turkey"}


def test_fighters_once_loyal_to_a_group_are_not_the_group(extract) -> None:  # noqa: ANN001
    facts = extract("Fighters once loyal to Islamic State, now with the Syrian government, freed four hostages on "
                    "Monday.", published="2025-06-20")
    assert exchanges_as_read(facts) == []


def test_the_paramilitary_police_of_a_state_are_not_the_armed_group(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The M23 freed 12 Congolese soldiers on Monday. The paramilitary police of "
                                       "Congo released eight M23 fighters in exchange.", published="2025-06-20"))
    assert ("M23", 8) in swap["returns"]


@pytest.mark.parametrize("text", [
    "Hamid Albu Khalil said the men were home.",
    "Alina Albu-Popescu said the men were home.",
    "The talks were held in Albu Kamal on Monday.",
])
def test_a_surname_or_a_town_with_albu_is_no_clan(extract, text: str) -> None:  # noqa: ANN001
    facts = extract(text, published="2025-06-20")
    assert not [a for a in facts.actors.values() if a.kind == "Organization" and "Albu" in a.name]


def test_a_clan_named_before_a_possessive_keeps_its_name(extract) -> None:  # noqa: ANN001
    facts = extract("The Albu Nimr's elders said the men were home.", published="2025-06-20")
    assert "Albu Nimr" in {a.name for a in facts.actors.values()}


@pytest.mark.parametrize("text", [
    "Washington asked Moscow to free more Americans, after the two countries swapped prisoners in Abu Dhabi on "
    "Thursday.",
    "The EU encouraged Armenia and Azerbaijan to sign a peace deal following Wednesday's exchange of 10 prisoners "
    "each.",
])
def test_a_swap_told_beside_what_someone_was_urged_to_do_is_told_done(extract, text: str) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(text, published="2025-05-07"))) == 1


@pytest.mark.parametrize("text", [
    "Russia and Ukraine exchanged 84 prisoners each, the first swap since early June, officials said.",
    "As agreed in June, Russia and Ukraine swapped 300 prisoners each, officials said.",
])
def test_a_month_of_something_else_leaves_a_lead_swap_todays(extract, text: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(text, published="2025-08-14"))
    assert swap["date"] == dt.date(2025, 8, 14)


@pytest.mark.parametrize("reply", [
    "Yerevan reciprocated by handing over maps of minefields",
    "Yerevan reciprocated by releasing the bodies of 50 Azerbaijani soldiers",
    "Yerevan may reciprocate by releasing three Azerbaijani soldiers on Saturday",
])
def test_a_reply_in_kind_with_things_the_dead_or_only_maybe_pays_nothing_back(extract, reply: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(f"Azerbaijan freed two Armenian soldiers on Monday. {reply}.",
                                     published="2025-06-20")) == []


@pytest.mark.parametrize("text", [
    "Yemen's government freed 40 Yemeni fighters on Monday, and the Houthis released 30 Yemeni soldiers.",
    "Colombia's government released 8 Colombian guerrillas and the ELN freed 6 Colombian soldiers on Monday.",
])
def test_in_a_civil_war_both_sides_freeing_their_countrys_people_is_a_swap(extract, text: str) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(text, published="2025-06-20"))) == 1


@pytest.mark.parametrize("text", [
    "Elders failed to arrange the release of nine soldiers held by the RSF in return for six RSF fighters.",
    "Elders arranged the release of nine soldiers held by the RSF in return for the reopening of a road.",
])
def test_a_release_arranged_for_no_people_or_never_arranged_is_no_swap(extract, text: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(f"The Sudanese Armed Forces and the RSF are at war. {text}",
                                     published="2025-06-20")) == []


@pytest.mark.parametrize(("text", "mediator"), [
    ("The exchange of 12 Chilean and 9 Peruvian prisoners on Friday was not brokered by Brazil but by Uruguay.",
     "Uruguay"),
    ("The exchange of 12 Chilean and 9 Peruvian prisoners on Friday was mediated neither by Brazil nor by Argentina "
     "but by Uruguay.", "Uruguay"),
])
def test_a_swap_not_brokered_by_one_but_by_another_was_brokered_by_the_other(extract, text: str,  # noqa: ANN001
                                                                            mediator: str) -> None:
    [swap] = exchanges_as_read(extract(text, published="2025-06-20"))
    assert swap["parties"] == {"Chile", "Peru"} and swap["mediators"] == {mediator}


def test_a_surname_with_its_article_opening_a_sentence_is_the_person_though_read_as_a_body(extract) -> None:  # noqa: ANN001,E501
    facts = extract("The Houthis freed 27 soldiers, according to Nabil al-Qubati, head of the prisoners' committee. "
                    "Plans for a second exchange have stalled.\nAl-Qubati said a further list had been handed over.",
                    published="2025-06-20")
    assert [a.name for a in facts.actors.values() if "Qubati" in a.name] == ["Nabil al-Qubati"]


def test_a_name_built_on_the_department_of_defense_is_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("The Department of Defense News Briefings archive was read again.", published="2025-06-20")
    assert "United States Department of Defense" not in {a.name for a in facts.actors.values()}


def test_a_mediator_in_a_quoted_claim_a_fact_check_weighs_is_none(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        'Posts claimed that "the army and the Kivu Front exchanged 300 prisoners, with the Catholic Church as broker". '
        "In fact the Congolese army and the Kivu Front swapped 38 soldiers for 21 fighters on Friday, and the Church "
        "did not broker it.", published="2025-06-20"))
    assert swaps and not any("Catholic Church" in swap["mediators"] for swap in swaps)


@pytest.mark.parametrize("reply", ["Chile reciprocated, freeing nine Peruvian sailors",
                                   "Chile responded in kind, releasing nine Peruvian sailors"])
def test_a_reply_in_kind_told_with_a_gerund_set_off_pays_back_the_release_before(extract, reply: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(f"Peru freed 12 Chilean fishermen on Monday. {reply} on Wednesday.",
                                       published="2025-06-20"))
    assert swap["returns"] == {("Chile", 12), ("Peru", 9)}


def test_a_reply_in_kind_with_words_pays_nothing_back(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Peru freed 12 Chilean fishermen on Monday. Chile responded, saying the men "
                                     "had been fishing illegally.", published="2025-06-20")) == []


@pytest.mark.parametrize("heading", ["2023 SWAPS BROKERED BY QATAR", "2023 SWAPS BROKERED BY QATAR (as announced)"])
def test_a_heading_in_capitals_over_a_dated_list_names_its_entries_mediator(extract, heading: str) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        f"Chile and Peru each got back 40 prisoners on Saturday in an exchange brokered by Qatar.\n{heading}\n"
        "8 February - 30 each\n31 May - 25 each", published="2023-08-26"))
    assert len(swaps) == 3 and all(swap["mediators"] == {"Qatar"} for swap in swaps)


def test_a_gerund_after_a_swap_told_whole_counts_no_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chile and Peru on Tuesday carried out a reciprocal release of detainees, handing over five men at the "
        "border.\nChile freed two Peruvian fishermen. Peru, in turn, released three Chilean sailors.",
        published="2025-07-16"))
    assert swap["returns"] == {("Peru", 2), ("Chile", 3)}


def test_one_of_the_people_a_participle_says_came_home_counts_them_all(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Taras Melnyk, a medic, was among the 64 Ukrainian sailors returned home on Friday in an exchange with "
        "Russia. Russia got back the same number of its servicemen.", published="2025-02-10"))
    assert ("Ukraine", 64) in swap["returns"]


@pytest.mark.parametrize(("told", "mediators"), [
    ("The swap came through the mediation of Kuwait together with Jordan and Morocco.",
     {"Jordan", "Kuwait", "Morocco"}),
    ("The swap came through the mediation of Kuwait, together with our partners in Jordan and Morocco.",
     {"Jordan", "Kuwait", "Morocco"}),
    ("The swap came through the mediation of Kuwait, with Jordan's support.", {"Kuwait"}),
])
def test_partners_joined_to_a_mediation_mediate_beside_it(extract, told: str, mediators: set) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped 30 prisoners each on Sunday. " + told,
                                       published="2025-03-04"))
    assert swap["parties"] == {"Chad", "Sudan"} and swap["mediators"] == mediators


def test_a_people_acting_as_go_betweens_names_their_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped 30 prisoners each on Sunday, with the Swiss acting as "
                                       "intermediaries.", published="2025-03-04"))
    assert swap["mediators"] == {"Switzerland"}


def test_mediation_provided_by_two_states_leaders_is_both_states(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped 30 prisoners each on Sunday. Mediation was provided by "
                                       "the leaders of Kuwait and Jordan.", published="2025-03-04"))
    assert swap["mediators"] == {"Jordan", "Kuwait"}


@pytest.mark.parametrize(("told", "mediators"), [
    ("Kuwait and Jordan issued a joint statement saying the swap was the result of mediation efforts.",
     {"Jordan", "Kuwait"}),
    ("Kuwait said the swap had come about through mediation.", {"Kuwait"}),
    ("Chad said the swap was the result of mediation efforts.", set()),
    ("Kuwait said the swap was the result of mediation by Jordan.", {"Jordan"}),
    ("Kuwait's foreign ministry said the efforts had resulted in the swap.", set()),
    ("The United Arab Emirates and Saudi Arabia said the swap was the result of mediation efforts.",
     {"Saudi Arabia", "United Arab Emirates"}),
    ("Chad's presidency said the delays would be raised with the mediators.", set()),
])
def test_mediation_no_one_is_named_for_is_that_of_the_third_party_telling_it(extract, told: str, mediators: set) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped 30 prisoners each on Sunday. " + told,
                                       published="2025-03-04"))
    assert swap["parties"] == {"Chad", "Sudan"} and swap["mediators"] == mediators


def test_a_person_set_off_after_a_towns_office_is_named(extract) -> None:  # noqa: ANN001
    facts = extract("Talks were led by a customary chief of Tarsiko, Boureima Sawadogo, and by members of a council "
                    "of elders. Mr. Sawadogo said he had \"only carried messages\".", published="2025-03-04")
    assert "Boureima Sawadogo" in {a.name for a in facts.actors.values() if a.kind == "Person"}
    assert _speakers_of(facts, "only carried messages") == {"Boureima Sawadogo"}


def test_spox_is_a_title_before_a_name_not_part_of_it(extract) -> None:  # noqa: ANN001
    facts = extract("Spox Lorna Dizon said the ferry would sail again on Monday.", published="2025-03-04")
    assert _speakers_of(facts, "the ferry would sail again") == {"Lorna Dizon"}


def test_a_captive_freed_for_a_groups_people_is_paid_by_the_group_not_the_country_named_as_a_place(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "The only Canadian nurse known to be held captive in Somalia, Anne Fortier, has been freed by al-Shabaab, "
        "officials said Sunday.\nFortier was released in exchange for four Somali detainees held in a Canadian jail, "
        "officials said.\nA spokesman for al-Shabaab said the four had been freed \"in exchange for one Canadian "
        "woman\".", published="2025-03-02"))
    assert swap["parties"] == {"Canada", "al-Shabaab"}
    assert swap["returns"] == {("Canada", 1), ("al-Shabaab", 4)}


@pytest.mark.parametrize("told", ["The men were flown to Oman, whose government acted as go-between.",
                                  "The men were flown to Oman, which acted as go-between in the talks."])
def test_a_state_flown_to_that_acted_as_go_between_mediated(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped 30 prisoners each on Sunday. " + told,
                                       published="2025-03-04"))
    assert swap["mediators"] == {"Oman"}


def test_a_day_of_an_earlier_year_after_todays_swap_tells_a_swap_of_its_own(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Ukraine and Russia swapped 1,000 prisoners each over three days, officials said on Monday.\nOn 9 June "
        "last year, 84 Ukrainian defenders came home and 84 Russians went back.", published="2025-05-26"))
    assert len(swaps) == 2
    assert {("Russia", 84), ("Ukraine", 84)} in [swap["returns"] for swap in swaps]


def test_leaders_named_in_apposition_mediate_with_their_states(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 30 prisoners each on Sunday. Kuwait and Jordan said in a joint statement that their "
        "leaders, Sheikh Mishal Al-Ahmad and Crown Prince Hussein, had mediated the exchange.", published="2025-03-04"))
    assert {"Jordan", "Kuwait"} <= swap["mediators"]


def test_a_day_and_month_after_a_month_told_with_its_year_is_in_that_year(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Oslo, 3 May 2021\nIn March 1984 a Czech dissident was taken from his cell and driven to the border. He was "
        "not told why. His family had not seen him since the 1979 trial.\nThe swap, on 11 March, traded him for "
        "two Austrian spies.", published="2021-05-03"))
    assert swap["date"] == dt.date(1984, 3, 11)


def test_a_day_after_another_years_swap_set_against_it_is_this_years(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Unlike the swap of 2022, which took months to arrange, this one came quickly. On 9 March, Chad and Sudan "
        "exchanged 40 prisoners each.", published="2025-05-07"))
    assert dt.date(2025, 3, 9) in [swap["date"] for swap in swaps]


@pytest.mark.parametrize("taken", ["captured", "kidnapped"])
def test_where_people_were_captured_is_no_side_of_their_swap(extract, taken: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        f"In 1998, in a deal with the Kurdistan Workers' Party, Turkey freed 90 prisoners in return for four soldiers "
        f"{taken} in Iraq.", published="2011-10-18"))
    assert swap["parties"] == {"Turkey", "Kurdistan Workers' Party"}


def test_where_people_were_held_names_who_freed_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Russia freed 12 Ukrainians held in Belarus in exchange for 10 Russian soldiers.", published="2025-03-04"))
    assert ("Ukraine", 12) in swap["returns"]




@pytest.mark.parametrize(("told", "mediators"), [
    ("Under the agreement, brokered by Kuwait with Jordan, the truce will last four days.", {"Jordan", "Kuwait"}),
    ("Under the grain agreement, brokered by Kuwait, ships sail again.", set()),
])
def test_the_agreement_a_swap_was_under_names_its_mediators(extract, told: str, mediators: set) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad freed 13 hostages on Friday and Sudan released 39 prisoners in return.\n"
                                       + told, published="2023-11-24"))
    assert swap["mediators"] == mediators


def test_the_deals_count_a_stage_is_of_is_not_the_stages(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Armenia and Azerbaijan on Friday carried out the first stage of the 500-for-500 prisoner exchange agreed in "
        "Astana. Each side received 120 people.", published="2025-05-24"))
    assert swap["returns"] == {("Armenia", 120), ("Azerbaijan", 120)}


def test_a_side_prepared_to_swap_has_swapped_no_one(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(
        "The president said Moldova was prepared to exchange three Georgian citizens captured near the border for "
        "Moldovans held in Georgia, should Tbilisi want them back.", published="2025-04-11")) == []


def test_people_of_two_nations_freed_by_one_go_home_to_the_other(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 March 2019, Russia released two Russian-Germans and Germany granted clemency to five Russians.",
        published="2019-03-05"))
    assert swap["returns"] == {("Germany", 2), ("Russia", 5)}


@pytest.mark.parametrize(("told", "mediators"), [
    ("Chad and Sudan said in a joint statement that the exchange of 30 prisoners each was the result of mediation "
     "efforts.", set()),
])
def test_sides_that_tell_of_mediation_are_no_mediators(extract, told: str, mediators: set) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-03-04"))
    assert swap["parties"] == {"Chad", "Sudan"} and swap["mediators"] == mediators


@pytest.mark.parametrize("told", [
    "The swap came through the mediation of Kuwait. Together with our partners in Jordan, Kuwait will keep working.",
    "The swap was announced by TASS, which said it came about through mediation.",
])
def test_no_partner_or_agency_beyond_the_mediation_mediates(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped 30 prisoners each on Sunday. " + told,
                                       published="2025-03-04"))
    assert swap["mediators"] <= {"Kuwait"}


@pytest.mark.parametrize("told", [
    "Chad freed five Sudanese and Sudan freed five Chadians on Sunday, with the Chadians acting as intermediaries "
    "for the transfer of funds.",
    "Chad and Sudan swapped five prisoners each on Sunday, with the Libyans acting as intermediaries for the rebels.",
])
def test_a_people_on_a_sides_errand_mediates_nothing(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-03-04"))
    assert swap["parties"] == {"Chad", "Sudan"} and swap["mediators"] == set()


def test_a_day_after_a_month_and_another_day_told_since_is_not_of_that_month(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "In January 2023 Kyiv set up an office for prisoners. It has since handled dozens of exchanges. The latest "
        "came on Monday. On 5 January, 150 Ukrainians were freed for 150 Russians.", published="2025-05-07"))
    assert [swap["date"] for swap in swaps] == [dt.date(2025, 1, 5)]


def test_a_day_weeks_before_the_news_across_new_year_still_tells_todays_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad brought home 150 soldiers in exchange for 150 Sudanese, the president said. On 30 December 2024, he "
        "thanked Qatar for its mediation.", published="2025-01-03"))
    assert swap["mediators"] == {"Qatar"}


@pytest.mark.parametrize(("told", "returns"), [
    ("Boko Haram freed 21 Nigerian schoolgirls in northeastern Nigeria on Thursday in exchange for four of its "
     "commanders.", {("Nigeria", 21), ("Boko Haram", 4)}),
    ("The Taliban said they had freed 20 Afghan policemen in Afghanistan in return for 100 Taliban prisoners.",
     {("Afghanistan", 20), ("Taliban", 100)}),
])
def test_a_people_an_armed_group_of_their_country_freed_are_their_states(extract, told: str, returns: set) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(told, published="2025-05-07"))
    assert swap["returns"] == returns


def test_the_n_told_again_beside_the_others_counted_goes_neither_way_twice(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Five Sudanese were freed by Chad and five Chadians by Sudan on Monday. \"The five were freed in exchange "
        "for five Sudanese,\" the minister said.", published="2025-05-07"))
    assert swap["returns"] == {("Chad", 5), ("Sudan", 5)}


def test_towns_listed_after_an_office_are_no_person(extract) -> None:  # noqa: ANN001
    facts = extract("The chief of Tarsiko, Kaya and Dori-Sebba urged the army to free the prisoners.",
                    published="2025-05-07")
    assert not [a for a in facts.actors.values() if a.kind == "Person"]


def test_a_list_after_a_colon_spells_out_its_total_though_a_teller_follows(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan swapped 230 prisoners: 115 Chadians and 115 Sudanese, Qatar "
                                       "said.", published="2025-05-07"))
    assert swap["returns"] == {("Chad", 115), ("Sudan", 115)}


def test_one_of_the_people_freed_in_a_swap_counts_them_the_other_way(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Tom Reyes was one of four sailors freed on 3 May in an exchange in which Chad released 60 Sudanese "
        "prisoners.", published="2025-06-20"))
    assert swap["returns"] == {("Chad", 4), ("Sudan", 60)}


@pytest.mark.parametrize("told", ["Chad and Sudan swapped 30 prisoners each on Sunday. Kuwait, along with Jordan, "
                                  "mediated the exchange.",
                                  "Chad and Sudan swapped 30 prisoners each on Sunday in a deal mediated by Kuwait "
                                  "along with Jordan."])
def test_a_mediator_along_with_another_names_both(extract, told: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-05-07"))
    assert swap["mediators"] == {"Jordan", "Kuwait"}


def test_a_swap_prepared_for_weeks_with_help_names_the_helper(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "Chad and Sudan swapped 30 prisoners each on Sunday. A spokesman said the swap had been \"prepared for many "
        "weeks, with the quiet help of Norway,\" and thanked its diplomats.", published="2025-03-04"))
    assert swap["mediators"] == {"Norway"}


def test_all_the_rounds_said_mediated_under_a_table_are_its_rows(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chad and Sudan swapped prisoners three times last year.\nDate | Returned to Chad | Returned to Sudan\n"
        "Mar 3 | 40 | 40\nJun 9 | 25 | 30\nOct 1 | 12 | 12\nNote: all three rounds were mediated by Kuwait.",
        published="2025-01-10"))
    assert len(swaps) >= 3 and all(swap["mediators"] == {"Kuwait"} for swap in swaps if swap["returns"])


def test_the_rounds_added_together_are_no_swap_of_their_own(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Chad and Sudan swapped 40 prisoners each on 3 March and 25 each on 9 June. Added together, the two rounds "
        "returned 65 people to Chad and 65 to Sudan.", published="2025-07-10"))
    assert all(("Chad", 65) not in swap["returns"] for swap in swaps)



@pytest.mark.parametrize("told", [
    "On 3 May he was one of the 60 Chadians let go that day: 50 soldiers handed over at the border and ten sick men "
    "flown out later. Sudan got back 45.",
    "Of the 105 prisoners released on 3 May, 60 were Chadians and 45 were Sudanese.",
])
def test_a_whole_split_after_or_its_parts_are_no_group_freed_the_other_way(extract, told: str) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Chad and Sudan swapped prisoners on 3 May.\n" + told, published="2025-06-20"))
    assert all(("Sudan", 50) not in swap["returns"] and ("Sudan", 105) not in swap["returns"]
               and ("Chad", 105) not in swap["returns"] for swap in swaps)


# -- names as a reader gives them --------------------------------------------------------------

def _persons(facts) -> set[str]:  # noqa: ANN001
    return {a.name for a in facts.actors.values() if a.kind == "Person"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Organizer Dana Whitlow said the march would go ahead.", "Dana Whitlow"),
    ("Historian Anne-Marie Corvel said the trade had no precedent.", "Anne-Marie Corvel"),
    ("Volunteer Kevin Marsh said the shelter was full.", "Kevin Marsh"),
])
def test_a_trade_written_with_a_capital_before_a_name_is_no_part_of_it(extract, sentence: str, name: str) -> None:  # noqa: ANN001
    assert _persons(extract(sentence)) == {name}


def test_a_person_whose_given_name_is_a_word_of_virtue_keeps_it(extract) -> None:  # noqa: ANN001
    assert _persons(extract("Grace Mbeki said the talks had gone well.")) == {"Grace Mbeki"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Detainees' Families Association said it would keep up its weekly protests.",
     "Detainees' Families Association"),
    ("The Rebels' Supreme Council said it would free 20 soldiers.", "Supreme Council"),
    ("The Regional Attorney General's Office said the case was closed.", "Regional Attorney General's Office"),
])
def test_a_possessive_inside_a_bodys_name_is_part_of_it_unless_it_names_an_owner(
        extract, sentence: str, name: str) -> None:  # noqa: ANN001
    assert name in {a.name for a in extract(sentence).actors.values() if a.kind == "Organization"}


def test_a_given_name_before_a_name_the_ner_took_for_a_body_is_the_persons(extractor) -> None:  # noqa: ANN001
    doc = extractor.nlp("Asked about it, Ana Delia Ruiz said nothing.")
    misread = Span(doc, 5, 7, label="ORG")  # "Delia Ruiz", as the NER may read a name it does not know
    assert _with_given_name(misread, frozenset()).text == "Ana Delia Ruiz"


def test_a_body_named_after_a_person_keeps_its_name(extract) -> None:  # noqa: ANN001
    facts = extract("The Maria Helena Foundation said it had paid for the flights.")
    assert "Maria Helena Foundation" in {a.name for a in facts.actors.values()}


def test_what_a_body_calls_a_thing_is_no_statement(extract) -> None:  # noqa: ANN001
    facts = extract("The ruling covers what the ministry calls a domestic dispute over grazing land.")
    assert said(facts) == set()


def test_calling_a_thing_something_in_so_many_words_still_says_it(extract) -> None:  # noqa: ANN001
    facts = extract("Norway's foreign minister, Eva Lund, called the exchange a humane step that both sides owed "
                    "their families.")
    assert _speakers_of(facts, "a humane step") == {"Eva Lund"}


def test_the_premier_is_the_one_titled_premier_before_her_name(extract) -> None:  # noqa: ANN001
    facts = extract("Premier Lucia Ferri and the mine's owner, Omar Saleh, toured the site on Monday.\n\n"
                    'Ferri thanked Saleh for the visit. In a radio interview later, the premier said: "The tunnel '
                    'will reopen in spring."')
    assert _speakers_of(facts, "The tunnel will reopen in spring") == {"Lucia Ferri"}


def test_a_commanders_abbreviated_rank_is_no_part_of_his_name(extract) -> None:  # noqa: ANN001
    facts = extract("Lt. Cmdr. Joel Harlan, who commands the patrol boat, told reporters the crew was safe.")
    assert _persons(facts) == {"Joel Harlan"}


def test_the_rev_without_a_stop_is_a_title_so_she_is_the_vicar(extract) -> None:  # noqa: ANN001
    facts = extract("His sister, Joan Pell, said the family wanted privacy.\n\nThe Rev Clare Dunmore, the hospital's "
                    "chaplain, said a service of thanks would follow.\n\n\"We kept a candle lit for him,\" she said.")
    assert _speakers_of(facts, "We kept a candle lit for him") == {"Clare Dunmore"}


def test_a_leader_known_by_a_surname_that_is_also_a_towns_is_a_person(extract) -> None:  # noqa: ANN001
    facts = extract('President Obama announced the deal on Wednesday. "It was time to try another way," Obama said.')
    assert _speakers_of(facts, "It was time to try another way") == {"Obama"}


def test_a_town_named_alone_is_still_no_person(extract) -> None:  # noqa: ANN001
    facts = extract("The fishermen were flown to Obama, a port town, and the mayor met them there.")
    assert _persons(facts) == set()


def test_a_name_a_comma_and_a_channel_before_a_colon_label_the_quote(extract) -> None:  # noqa: ANN001
    facts = extract('Trump told the senators that "the talks went well". Ferrer, on Telegram: "The crews land at six. '
                    'Come and meet them."')
    assert _speakers_of(facts, "The crews land at six") == {"Ferrer"}


def test_one_freed_in_one_of_the_swaps_was_freed_in_a_swap(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "He was released in one of the swaps of that summer, on 4 June 2021. Chad got back 90 people, and Sudan "
        "received 31.", published="2026-01-10"))
    assert swap["parties"] == {"Chad", "Sudan"} and swap["returns"] == {("Chad", 90), ("Sudan", 31)}


def test_one_of_the_swaps_said_of_in_general_is_none(extract) -> None:  # noqa: ANN001
    facts = extract("One of the exchanges planned for the spring was delayed, and Chad and Sudan blamed each other.",
                    published="2026-01-10")
    assert exchanges_as_read(facts) == []


def test_a_states_government_speaks_as_the_state(extract) -> None:  # noqa: ANN001
    facts = extract("The Norwegian government said it had paid for the flights home.")
    assert _speakers_of(facts, "it had paid for the flights home") == {"Norway"}


def test_a_government_at_war_with_an_armed_group_speaks_as_itself(extract) -> None:  # noqa: ANN001
    facts = extract("The Malian government said it would not free anyone held by JNIM. JNIM said nothing.")
    assert _speakers_of(facts, "it would not free anyone") == {"Government of Mali"}


@pytest.mark.parametrize(("told", "each"), [
    ("Chad and Sudan each handed over 150 soldiers and 12 civilians in a swap on Monday.", 162),
    ("Chad and Sudan each freed 30 soldiers and 30 civilians in a swap on Monday.", 60),
    ("Chad and Sudan each handed over 162 people, 150 soldiers and 12 civilians, in a swap on Monday.", 162),
    ("Chad and Sudan each handed over 162 people, 140 soldiers and 12 civilians, in a swap on Monday.", 162),
    ("Chad and Sudan each freed 70 captives, 60 soldiers and 5 medics among them, in a swap on Monday.", 70),
])
def test_groups_each_side_handed_over_add_up_unless_they_are_a_totals_parts(extract, told: str, each: int) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(told, published="2025-12-20"))
    assert swap["returns"] == {("Chad", each), ("Sudan", each)}


def test_groups_told_respectively_are_no_sum_for_each_side(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Chad and Sudan each freed 12 soldiers and 40 herders respectively in a "
                                       "swap on Monday.", published="2025-12-20"))
    assert ("Chad", 52) not in swap["returns"] and ("Sudan", 52) not in swap["returns"]


def test_a_month_before_a_name_is_no_given_name(extract) -> None:  # noqa: ANN001
    facts = extract("In May Harlan Brothers cut its forecast for the region, saying costs would stay high.")
    assert not any(a.name.startswith("May") for a in facts.actors.values())


def test_a_place_a_comma_and_in_before_a_colon_label_no_quote(extract) -> None:  # noqa: ANN001
    facts = extract('Shelling went on overnight. Vovchansk, in the north: "Two people were killed," the governor '
                    'wrote.')
    assert _speakers_of(facts, "Two people were killed") <= {None}


def test_a_government_at_war_with_rebels_the_story_names_by_their_word_speaks_as_itself(extract) -> None:  # noqa: ANN001
    facts = extract("The Malawian government said insurgents had raided a border post overnight.")
    assert _speakers_of(facts, "insurgents had raided") == {"Government of Malawi"}


def test_an_interim_government_speaks_as_itself_not_as_the_state(extract) -> None:  # noqa: ANN001
    facts = extract("The Bolivian interim government said it would not attend the talks.")
    assert _speakers_of(facts, "it would not attend the talks") != {"Bolivia"}


def test_he_after_a_spokesman_for_a_body_set_off_with_his_name_is_the_spokesman(extract) -> None:  # noqa: ANN001
    facts = extract('The minister, Gerard Lavoie, praised the talks. "Patience paid off," he said.\n\n'
                    'A spokesman for the Coastal Guards, Abdi Yusuf, told reporters the talks had been long. '
                    '"Nobody paid anything, and nobody lost face," he said.')
    assert _speakers_of(facts, "Nobody paid anything") == {"Abdi Yusuf"}


def test_a_government_facing_a_parliaments_opposition_still_speaks_as_its_state(extract) -> None:  # noqa: ANN001
    facts = extract("The Danish government said it had not been consulted, and the opposition criticised it.")
    assert _speakers_of(facts, "it had not been consulted") == {"Denmark"}


def test_one_who_could_be_freed_in_one_of_the_swaps_tells_no_swap(extract) -> None:  # noqa: ANN001
    facts = extract("He could be freed in one of the exchanges planned for next month, Chad said. Sudan agreed.",
                    published="2026-01-10")
    assert exchanges_as_read(facts) == []


@pytest.mark.parametrize(("told", "group", "count"), [
    ("Ethiopia and the Tigray People's Liberation Front swapped prisoners on Monday. The government freed 310 "
     "Tigrayans and the front freed 95 soldiers.", "Tigray People's Liberation Front", 310),
    ("The Kurdistan Workers' Party and Turkey exchanged captives on Monday. Ankara freed 30 Kurds, and the PKK "
     "released 12 Turkish soldiers.", "Kurdistan Workers' Party", 30),
])
def test_a_people_no_state_claims_is_counted_where_the_ner_knows_it(extract, told: str, group: str,  # noqa: ANN001
                                                                    count: int) -> None:
    [swap] = exchanges_as_read(extract(told))
    assert (group, count) in swap["returns"]


def test_the_delegations_of_two_peoples_are_the_sides_of_a_later_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Hamas freed 80 hostages in a swap with Israel brokered by Qatar on Monday.\n\nThe other big trade of the "
        "year was the swap agreed between the Azerbaijani and Armenian delegations in Geneva in May. It was "
        "carried out over two days, and each side got back 300 people."))
    assert [swap["parties"] for swap in swaps] == [{"Israel", "Hamas"}, {"Azerbaijan", "Armenia"}]


def test_negotiators_of_two_peoples_add_neither_to_the_swap_told_before(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Hamas freed 80 hostages in a swap with Israel brokered by Qatar on Monday.\n\nThe biggest exchange of "
        "the year was agreed between Azerbaijani and Armenian negotiators in Geneva in May."))
    assert swaps[0]["parties"] == {"Israel", "Hamas"}


def test_the_people_after_a_verbs_particle_are_that_verbs_not_the_main_verbs(extractor) -> None:  # noqa: ANN001
    words = ["They", "completed", "the", "swap", ",", "each", "side", "handing", "over", "41", "soldiers", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 7, 1, 7, 10, 1, 1],  # as the parser reads it
              deps=["nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubj", "advcl", "prt", "nummod", "dobj",
                    "punct"],
              pos=["PRON", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"])
    soldiers = restore_subjects(doc)[10]
    assert (soldiers.dep_, soldiers.head.text) == ("dobj", "handing")


@pytest.mark.parametrize("second", [
    "On Wednesday, they swapped 60 each.",
    "On Wednesday, a further 60 were exchanged for 60.",
    "On Wednesday, 60 detainees went home on each side.",
])
def test_a_stage_on_another_day_told_by_its_numbers_alone_is_its_own_swap(extract, second: str) -> None:  # noqa: ANN001
    tuesday, wednesday = sorted(exchanges_as_read(extract(f"Armenia and Azerbaijan swapped 75 prisoners each on "
                                                          f"Tuesday. {second}")), key=lambda swap: swap["date"])
    assert wednesday["date"] - tuesday["date"] == dt.timedelta(days=1)
    assert (tuesday["returns"], wednesday["returns"]) == ({("Armenia", 75), ("Azerbaijan", 75)},
                                                          {("Armenia", 60), ("Azerbaijan", 60)})


def test_a_total_reaching_a_number_on_each_side_is_no_stage(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Armenia and Azerbaijan swapped 75 prisoners each on Tuesday. With that "
                                      "stage, the total reached 500 on each side."))
    assert [swap["returns"] for swap in swaps] == [{("Armenia", 75), ("Azerbaijan", 75)}]


@pytest.mark.parametrize("told", [
    "The club swapped 3 for 2 in the transfer window on Monday.",
    "The war has uprooted thousands on both sides. On Friday, 390 refugees went home on each side of the border.",
])
def test_numbers_traded_or_going_home_tell_no_swap_without_anyone_held(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told)) == []


def test_a_trade_told_with_the_swap_it_was_done_in_is_one_swap(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Niger and Mali each freed 40 prisoners on Monday. In an earlier swap, the two "
                                      "sides traded 25 prisoners for 25."))
    assert sorted(min(n for _, n in swap["returns"]) for swap in swaps) == [25, 40]


def test_a_people_named_as_a_side_that_let_people_go_is_its_state(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("On Tuesday, Georgia freed 12 Russians and the Russians handed over 15 "
                                       "prisoners, the Red Cross said."))
    assert swap["returns"] == {("Russia", 12), ("Georgia", 15)}


def test_a_second_release_the_parser_joined_above_the_first_still_has_its_subject(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The biggest handover came on Tuesday at the Zugdidi bridge, where Georgia freed 12 South Ossetians and "
        "the South Ossetian authorities handed over 15 prisoners, most of them farmers held since 2008."))
    assert ("Georgia", 15) in swap["returns"]


def test_an_acronym_set_off_after_an_army_names_that_army(extract) -> None:  # noqa: ANN001
    facts = extract("On Friday the Ogaden rebel militia, the ONLF, released 30 soldiers, and the army freed 12 "
                    "prisoners, an elder who mediated said.")
    assert "ONLF" in names(facts, facts.actors)


def test_each_of_two_sides_that_freed_another_peoples_men_gets_the_others_release(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On Friday, near Mostar, the Bosnian Croat army, the HVO, released 105 Serbs, and the Bosnian Serbs freed "
        "42 Croats, under Red Cross auspices."))
    assert (swap["parties"], swap["returns"]) == ({"HVO", "Republika Srpska"},
                                                   {("Republika Srpska", 105), ("HVO", 42)})


@pytest.mark.parametrize("said", [
    "Norway and Switzerland said their mediation had succeeded.",
    "Norway and Switzerland said their mediation efforts had borne fruit.",
    "Within hours Norway and Switzerland issued a joint statement saying that the mediation efforts of their "
    "foreign ministers had been successful.",
])
def test_those_who_say_their_mediation_worked_mediated(extract, said: str) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(f"Belarus and Lithuania swapped two prisoners each on Monday. {said}"))
    assert swap["mediators"] == {"Norway", "Switzerland"}


def test_a_side_that_thanks_both_countries_for_their_mediation_thanks_the_pair_named_before(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Belarus and Lithuania swapped two prisoners each on Monday. Norway and Switzerland issued a joint "
        "statement. Belarus's Foreign Ministry thanked both countries for their mediation."))
    assert (swap["parties"], swap["mediators"]) == ({"Belarus", "Lithuania"}, {"Norway", "Switzerland"})


def test_a_capital_whose_airport_the_swap_took_place_at_is_no_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract("Anna Kovacs landed in Budapest on Friday, a day after she was traded for the "
                                      "Belarusian agent Igor Lenko on the tarmac of Vilnius's airport."))
    assert all("Lithuania" not in swap["parties"] for swap in swaps)


def test_a_second_step_the_same_day_is_part_of_the_swap_its_totals_count(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 2 March, Armenia and Azerbaijan traded 40 for 40; in a second step the same day, Azerbaijan handed over "
        "six wounded Armenians in return for three wounded Azerbaijanis. In all, 46 Armenians came home and 43 "
        "Azerbaijanis were returned."))
    assert swap["returns"] == {("Armenia", 46), ("Azerbaijan", 43)}


def test_people_handed_over_in_addition_to_the_agreed_numbers_are_the_same_swaps(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Armenia and Azerbaijan exchanged 40 prisoners of war each on Saturday. In addition to the agreed numbers, "
        "Baku handed over six wounded Armenian soldiers and received three of its own wounded in return."))
    assert len(swaps) == 1


def test_a_mixed_group_crossing_into_government_held_territory_went_to_the_government(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Bosnian government forces and the Bosnian Serb army exchanged prisoners on Sunday. Fifty Serbs were handed "
        "over to "
        "the Bosnian Serb side, while 44 Muslims and Croats crossed into government-held territory."))
    assert ("Republika Srpska", 50) in swap["returns"]
    assert any(count == 44 and side != "Croatia" for side, count in swap["returns"])
    assert "Croatia" not in swap["parties"]


def test_a_side_that_freed_people_and_got_back_others_held_abroad_swapped_them(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Belarus freed 12 prisoners on Thursday. Minsk got back five people held "
                                       "in Lithuania."))
    assert (swap["parties"], swap["returns"]) == ({"Belarus", "Lithuania"}, {("Lithuania", 12), ("Belarus", 5)})


def test_the_people_a_swap_is_told_out_as_after_a_colon_are_its_returns_not_a_breakdown(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "He came home in May 2016, in what was then the biggest swap of the conflict: 40 Armenians, among them 12 "
        "members of the Arabo battalion, were exchanged for 18 Azerbaijani soldiers."))
    assert (swap["parties"], swap["returns"]) == ({"Armenia", "Azerbaijan"}, {("Armenia", 40), ("Azerbaijan", 18)})


def test_moscow_in_a_paragraph_of_soviet_years_is_the_soviet_union_in_a_life_that_reaches_russia(extract) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(
        "Yuri Danko, the Soviet poet, spent nine years in Soviet camps.\n"
        "In May 1979 Danko was flown to Geneva, where he was exchanged for Jorge Pereda, a jailed communist leader. "
        "The swap was arranged with Sweden acting as intermediary between Moscow and Montevideo.\n"
        "In 2004 he tried to run for president of Russia, and Moscow refused to register him."))
    assert (swap["parties"], swap["mediators"]) == ({"Soviet Union", "Uruguay"}, {"Sweden"})


@pytest.mark.parametrize("told", [
    "Kenya freed 12 Somalis and Ethiopia released 9 Eritreans on Tuesday, the UN refugee agency said.",
    "Al-Shabaab freed four Kenyan teachers on Monday, and the Somali government released nine militants.",
])
def test_two_sides_freeing_a_third_states_people_keep_that_state(extract, told: str) -> None:  # noqa: ANN001
    for swap in exchanges_as_read(extract(told)):
        assert {"Kenya", "Somalia"} & swap["parties"]


@pytest.mark.parametrize("later", [
    "The previous week they had exchanged 75 for 75.",
    "The time before, they exchanged 80 for 80.",
])
def test_a_trade_of_another_time_by_its_numbers_is_not_the_swap_told(extract, later: str) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(f"Kyiv and Moscow swapped prisoners of war on Friday. {later}"))
    assert swaps[0]["returns"] == set()


def test_a_same_day_step_keeps_the_main_swaps_counts(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and Ukraine swapped 100 prisoners each on Saturday; the same day, "
                                       "Russia handed over 20 wounded soldiers and received 10 in return."))
    assert swap["returns"] == {("Russia", 100), ("Ukraine", 100)}


@pytest.mark.parametrize("told", [
    "Armenia and Azerbaijan exchanged 40 prisoners each on Saturday. On Sunday, 200 villagers went home on each "
    "side of the border after the shelling stopped.",
    "Russia and Ukraine exchanged 95 prisoners each on Monday. Since February, 1,200 soldiers have come home on "
    "each side.",
])
def test_people_home_on_each_side_of_a_border_or_since_a_month_are_no_stage(extract, told: str) -> None:  # noqa: ANN001
    assert len(exchanges_as_read(extract(told))) == 1


@pytest.mark.parametrize("said", [
    "Egypt and Qatar thanked both sides for their cooperation and said their mediation had succeeded.",
    "The UAE thanked both countries for their cooperation and said its mediation would continue.",
])
def test_who_thanks_the_sides_for_something_else_and_speaks_of_its_mediation_mediated(extract, said: str) -> None:  # noqa: ANN001,E501
    [swap] = exchanges_as_read(extract(f"Russia and Ukraine exchanged 95 prisoners each. {said}"))
    assert swap["mediators"] and swap["parties"] == {"Russia", "Ukraine"}


def test_getting_others_back_told_as_also_done_is_no_payment(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("Turkey freed 30 Kurdish activists on Monday. Ankara also got back two "
                                     "soldiers held in Iraq by the PKK.")) == []


def test_the_end_of_a_hyphenated_name_is_no_acronym_of_its_own(extract) -> None:  # noqa: ANN001
    facts = extract("A splinter faction, the FDLR-RUD, freed six Congolese soldiers near Rutshuru.")
    assert "RUD" not in names(facts, facts.actors)


def test_a_state_acting_as_mediator_after_with_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The first exchange came on 3 March 2021, when 30 Armenians and 10 "
                                       "Azerbaijanis were swapped with Georgia acting as mediator."))
    assert swap["mediators"] == {"Georgia"}


def test_a_deal_of_another_month_told_after_a_dash_lends_the_swap_no_mediator(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The first exchange came on 3 March 2021, when 30 Armenians and 10 Azerbaijanis were swapped. Other returns "
        "have been one-way - in June 2021, Baku released 15 Armenian soldiers in return for maps of minefields, a "
        "deal facilitated by Georgia."))
    assert swap["mediators"] == set()


def test_a_states_own_province_named_in_a_summary_keeps_it_a_side(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Nine months after government forces retook Syria's southern province, kidnappings have produced a local "
        "economy of swaps. On January 19, a committee of elders arranged the release of five detainees in return "
        "for three soldiers whom the Tafas Martyrs Brigade had been holding."))
    assert all("Syria" in swap["parties"] for swap in swaps) and swaps


def test_a_mediators_portfolio_told_after_an_earlier_swap_is_not_its_mediation(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "A smaller trade followed on December 7, 2019, when the American researcher Ana Lopes was exchanged for the "
        "Iranian scientist Karim Haddad, in a swap facilitated by Switzerland. Qatar's mediation portfolio has grown "
        "quickly this year."))
    assert [swap["mediators"] for swap in swaps] == [{"Switzerland"}]


def test_bodies_named_among_those_freed_after_the_two_camps_are_no_sides(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "On 3 May, in an exchange between Belarus on one side and Poland and Lithuania on the other, eleven "
        "prisoners went west, among them the Reuters reporter Jan Nowak, and six went east, including Oleg Rudnev, "
        "the KGB officer jailed in Vilnius."))
    assert swap["parties"] == {"Belarus", "Poland", "Lithuania"}


def test_those_thanked_for_their_help_in_mediating_mediated(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("Russia and the United States exchanged Anna Kovac for Ilya Orlov on "
                                       "Thursday. The White House thanked Oman and Qatar for their help in "
                                       "mediating the exchange."))
    assert swap["mediators"] == {"Oman", "Qatar"}


def test_the_white_house_as_a_side_is_the_united_states(extract) -> None:  # noqa: ANN001
    facts = extract("The White House and the Kremlin swapped Anna Kovac for Ilya Orlov in Abu Dhabi on Thursday.")
    [swap] = exchanges_as_read(facts)
    assert swap["parties"] == {"United States", "Russia"}
    assert "White House" in names(facts, facts.actors)


def test_some_of_those_got_back_flown_on_elsewhere_are_no_return_there(extract) -> None:  # noqa: ANN001
    swaps = exchanges_as_read(extract(
        "Within an hour the eight people arrested by Polish police last month had crossed to the Belarusian plane and "
        "left for Minsk. In return, Warsaw received three men who had been serving sentences in Belarus. Two of them "
        "were flown on to Germany."))
    assert all("Germany" not in swap["parties"] for swap in swaps)


def test_the_word_before_a_peoples_adjective_makes_no_two_word_people_with_it(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "The Bosnian government and the Bosnian Serbs exchanged prisoners on Saturday. Red Cross officials said the "
        "Bosnian Serb side had released 136 Muslim prisoners and that the government in Sarajevo had freed 94 "
        "Serbs."))
    assert ("Republika Srpska", 94) in swap["returns"] and len(swap["returns"]) == 2


def test_a_swaps_total_told_out_after_a_colon_is_no_sides_return(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract(
        "In October 2020 the sides carried out the largest swap of the war: 1,056 prisoners over two days. The Houthis "
        "received 681 of their fighters, and the government side got back 375 people."))
    assert all(count != 1056 for _, count in swap["returns"])


@pytest.mark.parametrize("told", [
    "Corporal Ivan Petrov crossed at the border late on Friday; social media claims of a prisoner exchange dismissed "
    "by both governments",
    "Reports of a prisoner swap were denied by both governments on Friday.",
])
def test_claims_of_a_swap_dismissed_after_them_tell_none(extract, told: str) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract(told)) == []


def test_nothing_to_exchange_in_return_tells_no_swap(extract) -> None:  # noqa: ANN001
    assert exchanges_as_read(extract("The rebels on Thursday freed the last 120 Chadian prisoners of war they held. "
                                     "There is nothing to exchange in return, the government insists.")) == []


def test_the_office_of_someone_named_after_it_is_no_body_told_before(extract) -> None:  # noqa: ANN001
    [swap] = exchanges_as_read(extract("The Houthis and the government swapped 800 prisoners on Sunday. The exchange "
                                       "was agreed at talks co-chaired by the office of the UN special envoy."))
    assert "Houthis" not in swap["mediators"] and "Houthis" in swap["parties"]
