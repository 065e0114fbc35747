"""The business-news rules (kg/extract/business.py) on invented sentences: each shape with a sentence that
states the fact, and sentences of the same look that must not give it.

The names are invented; each rule was checked to fail these tests before it was added.
"""

from __future__ import annotations

import pytest
from test_rules_relations import facts_of, read

from kg.documents import Document

pytestmark = pytest.mark.model

# (sentence, facts it must give)
STATES = [
    # title chains before a name: every title, of the organization before the chain
    ("Kessler Group chair and chief executive Maria Lenz spoke on Tuesday.",
     {("Maria Lenz", "ceoOf", "Kessler Group"), ("Maria Lenz", "worksFor", "Kessler Group")}),
    ("Kessler Group founder and CEO Tom Brandt will keep running the company.",
     {("Tom Brandt", "founderOf", "Kessler Group"), ("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Veltro Corp.'s president & CEO Ana Ruiz met investors in Oslo.",
     {("Ana Ruiz", "ceoOf", "Veltro Corp.")}),
    # ... of the organization the clause is about
    ("Kessler Group, led by chief executive Maria Lenz, said it would stay independent.",
     {("Maria Lenz", "ceoOf", "Kessler Group")}),
    ("Kessler Group is run by co-CEOs Tom Brandt and Maria Lenz.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Maria Lenz", "ceoOf", "Kessler Group")}),
    ("Kessler Group is run by co-chief executives Tom Brandt and Maria Lenz.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Maria Lenz", "ceoOf", "Kessler Group")}),
    # coordinated titles after a name
    ("Tom Brandt, the founder and CEO of Kessler Group, lives in Oslo.",
     {("Tom Brandt", "founderOf", "Kessler Group"), ("Tom Brandt", "ceoOf", "Kessler Group")}),
    # titles after 'as'
    ("Tom Brandt, who runs Kessler Group as chairman and chief executive, lives in Oslo.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Tom Brandt", "worksFor", "Kessler Group")}),
    ("Maria Lenz joins Veltro Corp. as president of a new unit.", {("Maria Lenz", "worksFor", "Veltro Corp.")}),
    ("Tom Brandt, Kessler Group's chairman and chief executive, bought control of the company in 2003.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    # a title in capitals the NER takes for a place: joined to another title, or after a person's name
    ("\"Margins will hold,\" said Tom Hale, MD and CEO, Kelvo Systems.", {("Tom Hale", "ceoOf", "Kelvo Systems")}),
    ("Tom Hale, MD, Kelvo Systems, said sales rose.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    # a name joined to a titled person's shares the title, whatever the NER left it as
    ("Kelvo Systems co-founders Tom Hale and Ana Ruiz started the firm in 2015.",
     {("Tom Hale", "founderOf", "Kelvo Systems"), ("Ana Ruiz", "founderOf", "Kelvo Systems")}),
    # one who died is still the founder
    ("Tom Hale, the founder of Kelvo Systems, died on Monday.", {("Tom Hale", "founderOf", "Kelvo Systems")}),
    # a company 'from' a place is based there
    ("Kelvo Systems, a chipmaker from Oslo, raised money.", {("Kelvo Systems", "basedIn", "Oslo")}),
    # a permission got to buy is an agreement to buy
    ("Kelvo Systems won approval to buy Tarvik Labs.", {("Kelvo Systems", "acquired", "Tarvik Labs")}),
    ("Kelvo Systems received regulatory clearance to acquire Tarvik Labs.",
     {("Kelvo Systems", "acquired", "Tarvik Labs")}),
    # an appointment told in the passive: of the organization the title names, the appointing body's, the one telling
    # the news, the article's
    ("Ana Ruiz has been appointed chief executive, Kelvo Systems said.", {("Ana Ruiz", "ceoOf", "Kelvo Systems")}),
    ("Kelvo Systems said Ana Ruiz was named chief executive.", {("Ana Ruiz", "ceoOf", "Kelvo Systems")}),
    ("Ana Ruiz was appointed chief executive by Kelvo Systems' board.", {("Ana Ruiz", "ceoOf", "Kelvo Systems")}),
    ("Ana Ruiz was promoted to president of Kelvo Systems.", {("Ana Ruiz", "worksFor", "Kelvo Systems")}),
    ("Kelvo Systems makes chips. Kelvo Systems employs 300 people. Ana Ruiz was appointed chief executive in May.",
     {("Ana Ruiz", "ceoOf", "Kelvo Systems")}),
    # one who leads a part of an organization works for it
    ("Tom Hale heads Kelvo Systems' cloud business.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    ("Tom Hale leads the research team at Kelvo Systems.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    ("Kelvo Systems makes chips. Tom Hale heads its cloud unit.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    # a phrase set off by commas after a name that opens the sentence, which the parser made the subject
    ("Zapline, the chatbot developed by Kelvo Systems, is popular.", {("Kelvo Systems", "develops", "Zapline")}),
    # a share written as an 'interest': sold to a buyer, taken as a percentage, a majority
    ("Orvane has sold its entire interest in Kelvo Systems to Brenta Capital for $50 million.",
     {("Brenta Capital", "investsIn", "Kelvo Systems")}),
    ("Brenta Capital acquired a 25% interest in Kelvo Systems.", {("Brenta Capital", "investsIn", "Kelvo Systems")}),
    ("Brenta Capital holds a 60 percent interest in Kelvo Systems.", {("Brenta Capital", "owns", "Kelvo Systems")}),
    ("Brenta Capital took a majority interest in Kelvo Systems.", {("Brenta Capital", "owns", "Kelvo Systems")}),
    # a founder who leaves or is removed stays the founder (the role held ends)
    ("Tom Brandt, the co-founder of Kessler Group, stepped down last year.",
     {("Tom Brandt", "founderOf", "Kessler Group")}),
    ("Tom Brandt, Kessler Group's co-founder and chief executive, resigned in May.",
     {("Tom Brandt", "founderOf", "Kessler Group")}),
    ("Kessler Group co-founder and chief executive Tom Brandt stepped down.",
     {("Tom Brandt", "founderOf", "Kessler Group")}),
    # appointments
    ("Kessler Group named Maria Lenz as chief executive on Wednesday.",
     {("Maria Lenz", "ceoOf", "Kessler Group")}),
    # title lists
    ("Kessler Group's investors include Veltro Corp., Omnia Capital and Brandis Partners.",
     {("Veltro Corp.", "investsIn", "Kessler Group"), ("Omnia Capital", "investsIn", "Kessler Group"),
      ("Brandis Partners", "investsIn", "Kessler Group")}),
    ("Veltro Corp., Kessler Group's largest shareholder, also buys its vans.",
     {("Veltro Corp.", "investsIn", "Kessler Group")}),
    # where: the city before a region in 'City, Region-based', and a hyphenated noun in apposition
    ("Waltham, Massachusetts-based Brandis Systems makes batteries.", {("Brandis Systems", "basedIn", "Waltham")}),
    ("Kessler Group, the London-based start-up founded by Mira Kovac, said it had raised money.",
     {("Kessler Group", "basedIn", "London"), ("Mira Kovac", "founderOf", "Kessler Group")}),
    # shares of a company: a majority owns, a smaller share invests
    ("Brandis Systems, which is majority-owned by Kessler Group, offered 20 euros per share.",
     {("Kessler Group", "owns", "Brandis Systems")}),
    ("Kessler Group owns about 57% of Brandis Systems.", {("Kessler Group", "owns", "Brandis Systems")}),
    ("Kessler Group holds 10% of Brandis Systems.", {("Kessler Group", "investsIn", "Brandis Systems")}),
    ("Brandis Systems, the owner of Kessler Group and Veltro Corp., grew.",
     {("Brandis Systems", "owns", "Kessler Group"), ("Brandis Systems", "owns", "Veltro Corp.")}),
    # stakes and funding rounds
    ("Veltro Corp. took a 49% stake in Kessler Group last year.", {("Veltro Corp.", "investsIn", "Kessler Group")}),
    ("Veltro Corp. bought a majority stake in Kessler Group in 2020.", {("Veltro Corp.", "owns", "Kessler Group")}),
    ("Omnia Capital led a $50 million funding round in Kessler Group.", {("Omnia Capital", "investsIn", "Kessler Group")}),
    # ownership and making, from the ontology's title, hyphen and list cues
    ("Kessler Group, the parent company of Brandis Systems, reported higher sales.",
     {("Kessler Group", "owns", "Brandis Systems")}),
    ("Brandis Systems' parent company, Kessler Group, reported higher sales.",
     {("Kessler Group", "owns", "Brandis Systems")}),
    ("The Kessler Group-owned Brandis Systems opened a plant.", {("Brandis Systems", "ownedBy", "Kessler Group")}),
    ("Kessler Group, which owns brands including Brandis Systems and Omnia Capital, grew.",
     {("Kessler Group", "owns", "Brandis Systems"), ("Kessler Group", "owns", "Omnia Capital")}),
    ("Kessler Group, the maker of the Skyfall game, reported higher sales.", {("Kessler Group", "develops", "Skyfall")}),
    # founders listed after a hyphenated participle or in apposition to a common noun
    ("Brightline was co-founded in 2013 by Tony Marsh, Andy Kell and Evan Morse while they were students.",
     {("Tony Marsh", "founderOf", "Brightline"), ("Andy Kell", "founderOf", "Brightline"),
      ("Evan Morse", "founderOf", "Brightline")}),
    ("Kessler Group was started by two Danish entrepreneurs, Paul Renaud and Tom Vial.",
     {("Paul Renaud", "founderOf", "Kessler Group"), ("Tom Vial", "founderOf", "Kessler Group")}),
    # 'its' is the organization the text is about, not the last one listed
    ("Kessler Group said sales rose. Its investors include Veltro Corp. and Omnia Capital. "
     "Its chief executive, Maria Lenz, plans to list the company.",
     {("Maria Lenz", "ceoOf", "Kessler Group"), ("Omnia Capital", "investsIn", "Kessler Group")}),
    # the people a founder founded it with
    ("Tom Brandt started Kessler Group in London in 2013 with Greg Orlow.",
     {("Tom Brandt", "founderOf", "Kessler Group"), ("Greg Orlow", "founderOf", "Kessler Group")}),
    # sales
    ("Veltro Corp. sold its chip unit Brandis Systems to Kessler Group for $300 million.",
     {("Kessler Group", "acquired", "Brandis Systems")}),
    # a title with no organization in its sentence: the organization the article is about (the subject of
    # its first sentence, named again)
    ("Vexa Corp. agreed to buy Kessler Group on Monday. Vexa Corp. makes pumps. Chief executive Maria Gonzalez said the deal would close in May.",
     {("Maria Gonzalez", "ceoOf", "Vexa Corp.")}),
    ("Vexa Corp. agreed to buy Kessler Group on Monday. Vexa Corp. makes pumps. John Miller remains chairman, and Maria Gonzalez, chief executive, said the deal was fair.",
     {("John Miller", "worksFor", "Vexa Corp."), ("Maria Gonzalez", "ceoOf", "Vexa Corp.")}),
    # an appointment whose name the parser made an object predicate (an apposition after it)
    ("Vexa Corp. named Maria Gonzalez, head of its Tidal unit, as chief executive on Monday.",
     {("Maria Gonzalez", "ceoOf", "Vexa Corp.")}),
    # a successor takes the title at the organization of the phrase, or the one that tells the news
    ("Maria Gonzalez will replace Tom Brandt as chief executive of Vexa Corp.", {("Maria Gonzalez", "ceoOf", "Vexa Corp.")}),
    ("Vexa Corp. said Maria Gonzalez would succeed Tom Brandt as chief executive.",
     {("Maria Gonzalez", "ceoOf", "Vexa Corp.")}),
    # a title after 'as' with its organization's possessive, held by a name nothing typed yet; one to come
    ("Dara Okonkwo has been announced as Vexa Corp.’s next chief executive officer.",
     {("Dara Okonkwo", "ceoOf", "Vexa Corp.")}),
    ("Ana Ruiz returned as Vexa's chief executive.", {("Ana Ruiz", "ceoOf", "Vexa")}),
    ("Ana Ruiz joined as the incoming chief executive of Vexa.", {("Ana Ruiz", "ceoOf", "Vexa")}),
    # an appointment to a post named by its title
    ("The chip maker Vexa promoted COO Ana Ruiz to the CEO position, succeeding Tom Hale.",
     {("Ana Ruiz", "ceoOf", "Vexa")}),
    ("Vexa Corp promoted Ana Ruiz to chief executive.", {("Ana Ruiz", "ceoOf", "Vexa Corp")}),
    # a title before a list of names, the organization after the last
    ("The team, including cofounders Ana Ruiz, Tom Hale, and Li Wei of Kelda Labs, moved to Oslo.",
     {("Ana Ruiz", "founderOf", "Kelda Labs"), ("Tom Hale", "founderOf", "Kelda Labs"),
      ("Li Wei", "founderOf", "Kelda Labs")}),
    # a title with no organization of its own in a clause an organization tells
    ("Vexa said on Tuesday that founder Tom Hale would step down as chairman.", {("Tom Hale", "founderOf", "Vexa")}),
    ("Vexa said chief executive Ana Ruiz would visit Oslo.", {("Ana Ruiz", "ceoOf", "Vexa")}),
    # a title after a name and its comma, the parser having hung the name on the title
    ("\"We are proud of the team,\" said Tom Nor Hale, Brightwave Airlines chairman.",
     {("Tom Nor Hale", "worksFor", "Brightwave Airlines")}),
    # a completed deal: the buyer owns what it bought
    ("Vexa Corp. completed its takeover of Kessler Group on Monday.",
     {("Vexa Corp.", "acquired", "Kessler Group"), ("Vexa Corp.", "owns", "Kessler Group")}),
    ("Vexa Corp. closed the purchase of Kessler Group last week.",
     {("Vexa Corp.", "acquired", "Kessler Group"), ("Vexa Corp.", "owns", "Kessler Group")}),
    # a relative pronoun as the verb's object stands for the name the clause is about
    ("Besides pumps, Vexa Corp. owns valve maker Kessler Group, which it bought in 2008.",
     {("Vexa Corp.", "acquired", "Kessler Group")}),
    ("Vexa Corp. acquired Kessler Group, which Tom Brandt founded in 1999.",
     {("Tom Brandt", "founderOf", "Kessler Group")}),
    # 'the company' is the company the article is about, named in the last few sentences, though another
    # company was a subject in between; with no such company, the nearest subject
    ("Vexa Corp. agreed on Monday to buy Kessler Group. Vexa Corp. makes pumps. Kessler Group said sales fell "
     "last year. Analysts expect more deals. The company is based in Oslo.", {("Vexa Corp.", "basedIn", "Oslo")}),
    ("Maria Gonzalez spoke on Monday. Kessler Group makes valves. The company is based in Oslo.",
     {("Kessler Group", "basedIn", "Oslo")}),
    # but as a sentence's subject it goes on with the last sentence's subject, when that was another company
    ("Vexa Corp. agreed on Monday to buy Kessler Group. Vexa Corp. makes pumps. Kessler Group makes valves. "
     "The company is based in Oslo.", {("Kessler Group", "basedIn", "Oslo")}),
    # the article's company is the first sentence's subject when named again by its first words, though the NER
    # took those for a person's name
    ("Luca Fenn Mobility Pvt Ltd, a taxi company, has raised $5 million, according to a report. Orvane Media has "
     "reached out to Luca Fenn on the details. Kelvo Ventures invested in the company last year.",
     {("Kelvo Ventures", "investsIn", "Luca Fenn Mobility Pvt Ltd")}),
    # ('the startup' may be a one-word name nothing but the NER types, though the NER took it for a place)
    ("Zarvia, which was founded in 2022 by Orvane engineers Tom Hale and Ana Ruiz, received most of the cash. "
     "The startup raised $500 million in a round led by Kelvo Partners.", {("Kelvo Partners", "investsIn", "Zarvia")}),
    # so is 'its' opening a sentence
    ("Vexa Corp. agreed on Monday to buy Kessler Group. Vexa Corp. makes pumps. Kessler Group said sales fell "
     "last year. Its investors include Birch Partners.", {("Birch Partners", "investsIn", "Vexa Corp.")}),
    ("Maria Gonzalez spoke on Monday. Kessler Group makes valves. Its investors include Birch Partners.",
     {("Birch Partners", "investsIn", "Kessler Group")}),
    # 'to found' is not 'to find' (the lemmatizer takes 'found' for the past of 'find')
    ("Tom Brandt quit in 2019 to found Kessler Group.", {("Tom Brandt", "founderOf", "Kessler Group")}),
    # names joined to a titled name share its titles, whichever the NER found first
    # (leaving is still to come: the role holds)
    ("Tom Brandt, who led Kessler Group as chief executive through the sale, will step down in May.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Vexa Corp. is run by co-chief executives Ana Ruiz and Tom Brandt.",
     {("Ana Ruiz", "ceoOf", "Vexa Corp."), ("Tom Brandt", "ceoOf", "Vexa Corp.")}),
    # a present perfect with 'since' is a current role; a past perfect of an event still happened
    ("Maria Lenz has run Kessler Group since 2015.", {("Maria Lenz", "worksFor", "Kessler Group")}),
    ("Veltro Corp. had acquired Brandis Systems in 2019.", {("Veltro Corp.", "acquired", "Brandis Systems")}),
    # products: a possessed thing named by its noun is made by its owner; the studio behind a game; a maker of
    # names nothing else types; the article's company as the maker with no name of its own in the sentence
    ("Kessler Labs said its Nomi chatbot would be free.", {("Kessler Labs", "develops", "Nomi")}),
    ("Kessler Labs has been pitching its Tavro artificial intelligence platform to banks.",
     {("Kessler Labs", "owns", "Tavro")}),
    ("Brenta agreed to sell Kestrel Studios, the studio behind the Borderlight shooter games, to Tamber Corp.",
     {("Kestrel Studios", "develops", "Borderlight")}),
    ("Brightwave Games makes Skyfall and Tidefall.",
     {("Brightwave Games", "develops", "Skyfall"), ("Brightwave Games", "develops", "Tidefall")}),
    ("Skyfall maker Brightwave Games said sales rose.", {("Brightwave Games", "develops", "Skyfall")}),
    ("Morrow Inc owns Rockpine Games, maker of Grand Slam Racer, and will fold it into its label.",
     {("Rockpine Games", "develops", "Grand Slam Racer")}),
    # backers listed in a sentence about a round are the article's company's
    ("Vexa Corp. said on Monday it had raised $96 million. Vexa Corp. makes phones. Kessler Capital led the round, "
     "with participation from existing backers including Morrow Ventures and Pine Partners.",
     {("Morrow Ventures", "investsIn", "Vexa Corp."), ("Pine Partners", "investsIn", "Vexa Corp.")}),
    # a dateline alone as a sentence: where the agency filed from
    ("LEIRIA , Portugal ( Harbour Ledger )",
     {("Harbour Ledger", "basedIn", "Leiria"), ("Harbour Ledger", "basedIn", "Portugal")}),
    # a role left only in the future is still held
    ("Tom Brandt will step down as chief executive of Vexa Corp. at the end of the year.",
     {("Tom Brandt", "ceoOf", "Vexa Corp.")}),
    ("Tom Brandt plans to retire as chief executive of Vexa Corp. next year.", {("Tom Brandt", "ceoOf", "Vexa Corp.")}),
    # partners of a passive's agent share the act
    # partners 'along with' the subject of a coordination's last verb; one nothing typed is of the subject's kind
    ("Tom Hale co-founded Kelda Labs in 2016, along with Ana Ruiz, Li Wei and Maria Lenz.",
     {("Ana Ruiz", "founderOf", "Kelda Labs"), ("Li Wei", "founderOf", "Kelda Labs"),
      ("Maria Lenz", "founderOf", "Kelda Labs")}),
    ("Tom Hale left Orbis Capital and co-founded Kelda Labs, along with Ana Ruiz.",
     {("Ana Ruiz", "founderOf", "Kelda Labs")}),
    ("Tom Hale founded Kelda Labs with Ana Ruiz in 2016.", {("Ana Ruiz", "founderOf", "Kelda Labs")}),
    ("Vexa Corp. was founded in 2013 by Tom Brandt, together with Paul Renaud.",
     {("Tom Brandt", "founderOf", "Vexa Corp."), ("Paul Renaud", "founderOf", "Vexa Corp.")}),
    # a deal struck to buy is the striker's acquisition
    ("Brightwave Holdings struck a deal to buy Tarvo Systems.", {("Brightwave Holdings", "acquired", "Tarvo Systems")}),
    ("Shanghai-based Vexa Corp. was founded in 2014 by William Tan, who remains chairman.",
     {("William Tan", "worksFor", "Vexa Corp."), ("William Tan", "founderOf", "Vexa Corp.")}),
    ("Kessler Labs said on Monday its profit fell. The Denver-based maker of Tarvix and Omvela also cut its "
     "sales forecast.", {("Kessler Labs", "develops", "Tarvix"), ("Kessler Labs", "develops", "Omvela")}),
    # a name the NER leaves unlabelled, typed by what the text says of it (the typer learned context from
    # name-blind copies of its examples)
    ("Trundle also holds stakes in Delvana Group and Tessaly Labs.",
     {("Trundle", "investsIn", "Delvana Group"), ("Trundle", "investsIn", "Tessaly Labs")}),
    ("Delvana Group's investors include Ombrix and Trundle.", {("Ombrix", "investsIn", "Delvana Group")}),
    # a round's backers: in the sentence that says who raised it, or in the next, of 'the round'
    ("Vexano Inc raised $40 million in a Series B round last month. The round was led by Harbor Ventures, "
     "with participation from Elmstone Capital and Quill Partners.",
     {("Harbor Ventures", "investsIn", "Vexano Inc"), ("Elmstone Capital", "investsIn", "Vexano Inc"),
      ("Quill Partners", "investsIn", "Vexano Inc")}),
    ("Vexano Inc raised $40 million in a round led by Harbor Ventures, with participation from Elmstone Capital.",
     {("Harbor Ventures", "investsIn", "Vexano Inc"), ("Elmstone Capital", "investsIn", "Vexano Inc")}),
    ("Kestrel Labs closed a $20 million seed round, which was led by Harbor Ventures.",
     {("Harbor Ventures", "investsIn", "Kestrel Labs")}),
    # investments and stakes named by a noun: made, announced, paid for; the names a common noun includes
    ("Brightwave Technologies made an investment in Kestrel Motors.",
     {("Brightwave Technologies", "investsIn", "Kestrel Motors")}),
    ("Brightwave Technologies announced a $5.7 billion investment in Kestrel Motors on Wednesday.",
     {("Brightwave Technologies", "investsIn", "Kestrel Motors")}),
    ("Brightwave Technologies is to pay $450 million for a stake in Kestrel Motors.",
     {("Brightwave Technologies", "investsIn", "Kestrel Motors")}),
    ("Kestrel Motors received a $50 million investment from Brightwave Technologies.",
     {("Brightwave Technologies", "investsIn", "Kestrel Motors")}),
    ("Maria Lenz has made personal investments in startups such as Quillbit Inc and Tavora Labs.",
     {("Maria Lenz", "investsIn", "Quillbit Inc"), ("Maria Lenz", "investsIn", "Tavora Labs")}),
    # 'counts X as a backer', 'counts X among its investors'
    ("Kestrel Motors, which also counts Fjordline Capital as a backer, began as a battery maker.",
     {("Fjordline Capital", "investsIn", "Kestrel Motors")}),
    ("Kestrel Motors counts Fjordline Capital and Orrin Partners among its investors.",
     {("Fjordline Capital", "investsIn", "Kestrel Motors"), ("Orrin Partners", "investsIn", "Kestrel Motors")}),
    # hired to serve as an officer; a co-founder the parser split from its company
    ("Brightwave Technologies is hiring Daniel Okafor, a former banker, to serve as its chief financial officer.",
     {("Daniel Okafor", "worksFor", "Brightwave Technologies")}),
    ("Maria Lopez, a Brightwave Technologies co-founder, said the app would launch soon.",
     {("Maria Lopez", "founderOf", "Brightwave Technologies")}),
    # buying the whole of a company's shares
    ("Brightwave Technologies will acquire all of the outstanding shares of Fjordline Systems Inc for $34 per share.",
     {("Brightwave Technologies", "acquired", "Fjordline Systems Inc")}),
    ("Brightwave Technologies agreed to buy the remaining shares of Fjordline Systems.",
     {("Brightwave Technologies", "acquired", "Fjordline Systems")}),
    # 'whose' stands for the name the relative clause is about
    ("Palo Alto-based Vexa Corp., whose Orbix software lets companies run virtual machines, will grow.",
     {("Vexa Corp.", "develops", "Orbix")}),
    # funding by other names, its backers in the next sentence; funding received from backers; 'a round of funding'
    ("Vexano Inc raised $40 million in new funding last month. The financing was led by Harbor Ventures, "
     "with participation from Elmstone Capital.",
     {("Harbor Ventures", "investsIn", "Vexano Inc"), ("Elmstone Capital", "investsIn", "Vexano Inc")}),
    ("Vexano Inc secured a $5 million round from Harbor Ventures and Elmstone Capital.",
     {("Harbor Ventures", "investsIn", "Vexano Inc"), ("Elmstone Capital", "investsIn", "Vexano Inc")}),
    ("Harbor Ventures led a $50 million round of funding in Vexano Inc.", {("Harbor Ventures", "investsIn", "Vexano Inc.")}),
    # where an organization has its headquarters, or moved them to
    ("Vexa Corp moved its headquarters from Singapore to San Jose, California, in 2018.",
     {("Vexa Corp", "headquarteredIn", "San Jose")}),
    ("Vexa Corp moved its registered office from Sabadell to Alicante in 2017.",
     {("Vexa Corp", "headquarteredIn", "Alicante")}),
    ("Vexa Corp is run by chief executive Ana Ruiz from its headquarters in Boadilla del Monte, outside Madrid.",
     {("Vexa Corp", "headquarteredIn", "Boadilla del Monte")}),
    # a name the NER took for a nationality, standing as a noun
    ("Orrin, the Hanover-based travel group, said sales rose.", {("Orrin", "basedIn", "Hanover")}),
    # a co-owner holds a stake (the hyphenated title as the tokenizer splits it); bankrolling is funding
    ("Vexa Corp, a co-owner of Orrin Company, said sales rose.", {("Vexa Corp", "investsIn", "Orrin Company")}),
    ("Harbor Ventures bankrolled Vexano Inc in 2020.", {("Harbor Ventures", "investsIn", "Vexano Inc")}),
    # 'its' on the noun of the subject's own act is the subject
    ("Nuvo Group is controlled by Orrin Holdings, which in December completed its takeover of Catalon.",
     {("Orrin Holdings", "acquired", "Catalon"), ("Orrin Holdings", "owns", "Catalon")}),
    # a second title joined to the first is held by the same person
    ("Ana Ruiz, currently CEO of automotive supplier Vexa Corp and chairman of Kestrel Group, will join the board.",
     {("Ana Ruiz", "ceoOf", "Vexa Corp"), ("Ana Ruiz", "worksFor", "Kestrel Group")}),
    # the board acts for its company
    ("Brightwave Technologies said its Board of Directors has named Daniel Okafor as chief executive officer.",
     {("Daniel Okafor", "ceoOf", "Brightwave Technologies")}),
    ("The board of Kestrel Motors appointed Daniel Okafor as chief executive.",
     {("Daniel Okafor", "ceoOf", "Kestrel Motors")}),
    # a ticker between a name and the title; a dash written onto the name after a dateline
    ("Brightwave Technologies (NYSE:BWT) CEO Maria Lopez said the deal was good.",
     {("Maria Lopez", "ceoOf", "Brightwave Technologies")}),
    ("Kestrel Motors (KM.N) Chief Executive Maria Lopez said the deal was good.",
     {("Maria Lopez", "ceoOf", "Kestrel Motors")}),
    ("(Norvik) -Brightwave Technologies Chief Executive Maria Lopez is seeking to step down, the company said.",
     {("Maria Lopez", "ceoOf", "Brightwave Technologies")}),
    # words with the prefix 'co-' read as one word (the tokenizer splits them at the hyphen)
    ("Kessler Group co-founder Maria Lenz said sales grew.", {("Maria Lenz", "founderOf", "Kessler Group")}),
    ("Tom Brandt left Kessler Group in 2019 to co-found Orbis Labs, a robotics firm.",
     {("Tom Brandt", "founderOf", "Orbis Labs")}),
    # a founding stays true of one who has left
    ("Kessler Group reported results. Maria Lenz, who co-founded Kessler Group in 2009, has left.",
     {("Maria Lenz", "founderOf", "Kessler Group")}),
    # one of, among: 'X is one of Y's investors', 'X is among the founders of Y'
    ("Omnia Capital, Tarn Ventures and Birch Partners are among Kessler Group's investors.",
     {("Omnia Capital", "investsIn", "Kessler Group"), ("Tarn Ventures", "investsIn", "Kessler Group"),
      ("Birch Partners", "investsIn", "Kessler Group")}),
    ("Kessler Group makes pumps. Omnia Capital is one of its biggest shareholders.",
     {("Omnia Capital", "investsIn", "Kessler Group")}),
    ("Kessler Group makes pumps. Maria Lenz was among the founders of Kessler Group.",
     {("Maria Lenz", "founderOf", "Kessler Group")}),
    # titles coordinated with a job, the organization after them hung on the name
    ("Tom Brandt, co-founder and chief scientist at Kessler Group, said the model was open.",
     {("Tom Brandt", "founderOf", "Kessler Group")}),
    # a role held for a time up to now goes on
    ("Kessler Group makes pumps. Tom Brandt has worked for Orbis Labs for 23 years.",
     {("Tom Brandt", "worksFor", "Orbis Labs")}),
    # one who has left something else keeps the title; leaving is still to come
    ("Kessler Group makes pumps. Tom Brandt, the founder and CEO of Kessler Group, left Orbis Labs in 2020.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Kessler Group makes pumps. Kessler Group chief executive Ana Ruiz will step down in May.",
     {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    # a list of backers the parser hung on the first as an apposition
    ("Vexano Inc said it had raised $40 million in a funding round led by venture firm Harbor with participation "
     "from tech giants Orrin, Delvana, and Tessaly.", {("Delvana", "investsIn", "Vexano Inc")}),
    # a subsidiary of nothing the sentence names: of the company the article is about
    ("Kessler Group makes games. Kessler Group sold more consoles. Kessler of America, a wholly owned subsidiary "
     "based in Redmond, is led by Ana Ruiz.", {("Kessler Group", "owns", "Kessler of America")}),
    # a backer joining a round in an absolute clause; investors in a round named by its company
    ("Tessaly Labs has secured $120 million in a funding round led by Harbor Partners, with existing investor "
     "Orrin Capital, another private equity firm, also participating.", {("Orrin Capital", "investsIn", "Tessaly Labs")}),
    ("Tessaly Labs raised $1 billion. Other investors who participated in the latest round of funding for Tessaly "
     "Labs included Orrin Partners, Tarn Global Management and Kessler Capital.",
     {("Orrin Partners", "investsIn", "Tessaly Labs"), ("Kessler Capital", "investsIn", "Tessaly Labs")}),
    # a title taken by 'he' in a sentence that names the company of his other title
    ("Sun Corp makes servers. Sun president Tom Hale will keep that post as he becomes chief executive.",
     {("Tom Hale", "ceoOf", "Sun Corp")}),
    # 'who' hung on a noun inside an apposition is the person the apposition is about
    ("Kessler Corp makes software. Tom Hale, an icon of the personal-computer revolution who co-founded Kessler "
     "Corp, will remain on the company's board.", {("Tom Hale", "founderOf", "Kessler Corp")}),
    # a name written onto a participle of a verb cue is the verb's agent
    ("KelvoBank-backed Tessaly Labs raised money.", {("KelvoBank", "investsIn", "Tessaly Labs")}),
    ("The launch comes amid competition with Orbis-backed Tessaly Labs.", {("Orbis", "investsIn", "Tessaly Labs")}),
    # a takeover the company it is of agreed to
    ("Kessler Group on Tuesday agreed to a $17.2 billion takeover by media company Orbis Corp.",
     {("Orbis Corp.", "acquired", "Kessler Group")}),
    # things joined to a possessed thing are the possessor's too
    ("Kessler Labs turned the company into a rival with its Ryzo and Tarvo lines.",
     {("Kessler Labs", "develops", "Ryzo"), ("Kessler Labs", "develops", "Tarvo")}),
    # the things a possessor's plural noun lists: typed by the noun, the possessor's
    ("Kessler Group makes cigarettes. Its brands include Tarvo Gold, Rennick and Dalby.",
     {("Kessler Group", "owns", "Tarvo Gold"), ("Kessler Group", "owns", "Rennick"), ("Kessler Group", "owns", "Dalby")}),
    # (a company's products are what it makes: kg:possessiveNounCue "product" of develops)
    ("The deal brings together brands including Kessler products Tarvo Gold, Rennick and Dalby.",
     {("Kessler", "develops", "Tarvo Gold"), ("Kessler", "develops", "Rennick"), ("Kessler", "develops", "Dalby")}),
    # (names written with a hyphen between capitalised words, whatever the tagger took the second for)
    ("Kessler Group makes snacks. Its brands include Tarvo, Crunch-It and Pop-Rolls.",
     {("Kessler Group", "owns", "Crunch-It"), ("Kessler Group", "owns", "Pop-Rolls")}),
    ("Kessler Group makes games. Its units include Orbis Studios and Tarn Games.",
     {("Kessler Group", "owns", "Orbis Studios"), ("Kessler Group", "owns", "Tarn Games")}),
    # a thing named by a participle: the noun types the name and stands for it
    ("Kessler Labs is releasing a new model called Tala, the first of a series.", {("Kessler Labs", "develops", "Tala")}),
    ("Kessler Labs also produces a large language model known as Tala Large, specialising in text.",
     {("Kessler Labs", "develops", "Tala Large")}),
    ("Kessler Labs is releasing a new model called o4, the first of a series.", {("Kessler Labs", "develops", "o4")}),
    ("Kessler Labs launched a chatbot named Nomi last year.", {("Kessler Labs", "develops", "Nomi")}),
    # the last two names of a list, which the NER took for one
    ("Kessler Group's backers include Veltro Corp., Coastal Management and Sound Partners.",
     {("Veltro Corp.", "investsIn", "Kessler Group"), ("Coastal Management", "investsIn", "Kessler Group"),
      ("Sound Partners", "investsIn", "Kessler Group")}),
    # (a deal done before something is done all the same)
    ("Orbis Labs acquired Kessler Group before the deal with Tarn closed.", {("Orbis Labs", "acquired", "Kessler Group")}),
    # (a removal verb's object is removed; its subject is not)
    ("Kessler Group's chief executive Tom Brandt fired 300 workers.", {("Tom Brandt", "ceoOf", "Kessler Group")}),
    # a successor takes the title named with 'as', or the one the sentence gives whom they replace
    ("Kessler Group dismissed chief executive Tom Brandt on Monday and named Ana Ruiz, head of its coffee "
     "business, to replace him with immediate effect.", {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    ("Kessler Group said Ana Ruiz would replace chief executive Tom Brandt, who is retiring.",
     {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    ("Ana Ruiz replaced Kessler Group chief executive Tom Brandt in May.", {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    ("Ana Ruiz will replace Kessler Group chief executive Tom Brandt in May.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    # an appointment announced or welcomed, of the organization the title names
    ("Tom Gill has announced Ana Ruiz as Kessler Group's new CEO.", {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    ("Kessler Group is excited to welcome Ana Ruiz as the new CEO of Orbis Labs.", {("Ana Ruiz", "ceoOf", "Orbis Labs")}),
    # backers the NER ran into one name; backers a common noun lists after the money came 'from' it
    ("The pipeline of Kelda Labs, which is backed by Orbis Capital, Birchwood and Tarn Partners, includes two drugs.",
     {("Orbis Capital", "investsIn", "Kelda Labs"), ("Birchwood", "investsIn", "Kelda Labs"),
      ("Tarn Partners", "investsIn", "Kelda Labs")}),
    ("Kelda launched in 2020 with a $30 million investment from several sources, including Orbis Capital and "
     "Birch Partners.", {("Orbis Capital", "investsIn", "Kelda"), ("Birch Partners", "investsIn", "Kelda")}),
    ("Kelda received a $30 million investment from investors including Orbis Capital and Birch Partners.",
     {("Orbis Capital", "investsIn", "Kelda"), ("Birch Partners", "investsIn", "Kelda")}),
    # a title written before the name of one hired, of the one that hired; a relational noun joined in apposition
    ("Oslo-based drugmaker Kelda announced it had hired new CEO Ana Ruiz.", {("Ana Ruiz", "ceoOf", "Kelda")}),
    ("Kelda Music, a streaming service firm and a subsidiary of mobile carrier Orbis Telecom, grew.",
     {("Orbis Telecom", "owns", "Kelda Music")}),
    # the names a title is said to be; the founders an act of founding names
    ("Kelda Labs makes chips. Its three co-founders are Ana Ruiz, Tom Hale and Li Wei.",
     {("Ana Ruiz", "founderOf", "Kelda Labs"), ("Tom Hale", "founderOf", "Kelda Labs"),
      ("Li Wei", "founderOf", "Kelda Labs")}),
    ("Kelda Labs makes chips. Its co-founders are chief executive Ana Ruiz, 31, along with Tom Hale and Li Wei.",
     {("Ana Ruiz", "founderOf", "Kelda Labs"), ("Tom Hale", "founderOf", "Kelda Labs"),
      ("Li Wei", "founderOf", "Kelda Labs")}),
    ("Kelda Labs makes chips. Since its founding in 2015 by Ana Ruiz and Tom Hale, the company has grown.",
     {("Ana Ruiz", "founderOf", "Kelda Labs"), ("Tom Hale", "founderOf", "Kelda Labs")}),
    # 'its' before 'the company' as subject is the article's company, not the last one named
    ("Kelda Labs makes chips. Kelda Labs sells them in Oslo. Orbis Freight raised $30 million in 2018. Since its "
     "founding in 2015 by Ana Ruiz and Tom Hale, the company has grown.",
     {("Ana Ruiz", "founderOf", "Kelda Labs"), ("Tom Hale", "founderOf", "Kelda Labs")}),
    # an article's company the first sentence names, that nothing typed: what 'the company' stands for
    ("Sennvik, a freight forwarder based in Germany, raised $160m. The round was led by Orbis Capital. Sennvik "
     "connects shippers with trucking firms. In 2018 Kelda Freight raised $30 million. Since its founding in 2015 "
     "by Ana Ruiz and Tom Hale, the company has grown.",
     {("Ana Ruiz", "founderOf", "Sennvik"), ("Tom Hale", "founderOf", "Sennvik")}),
    # the participants of a round told of
    ("Sennvik, a freight forwarder, has raised $160m in Series D financing. The round was led by an unnamed party, "
     "but round participants included Orbis Capital, Kelda Partners and Tarn Capital.",
     {("Orbis Capital", "investsIn", "Sennvik"), ("Kelda Partners", "investsIn", "Sennvik"),
      ("Tarn Capital", "investsIn", "Sennvik")}),
    # shares in per cent; a stake in a name a relative pronoun stands for; money supplied in a round for another;
    # backing of what a person founded ('the likes of' a list)
    ("Tarn Capital, a hedge fund which owns around 23 per cent of Kelda Labs, declined to comment.",
     {("Tarn Capital", "investsIn", "Kelda Labs")}),
    ("Ana Ruiz also founded a startup, Kelda, in which Orbis Ventures took a stake last year.",
     {("Orbis Ventures", "investsIn", "Kelda")}),
    ("Orbis Capital and Tarn Global supplied $35m in series B funding for Kelda.",
     {("Orbis Capital", "investsIn", "Kelda"), ("Tarn Global", "investsIn", "Kelda")}),
    ("Tom Hale founded Kelda Labs with backing from the likes of Orbis Capital and Birch Partners.",
     {("Orbis Capital", "investsIn", "Kelda Labs"), ("Birch Partners", "investsIn", "Kelda Labs")}),
    # 'startup' before a name, which the small model's tagger and parser read as a verb: parsed as a noun
    ("Orbis Motors said it was investing $500 million in electric vehicle startup Tarvo and plans to build a truck.",
     {("Orbis Motors", "investsIn", "Tarvo")}),
    ("Kelda Motors said it would take a $2 billion stake in electric-truck startup Tarvo.",
     {("Kelda Motors", "investsIn", "Tarvo")}),
    # money raised in a currency and scale the NER does not take for money
    ("Kelda Platforms has raised Rs 8,765.35 crore from growth investors including Orbis, Tarn Equity Partners "
     "and Gale Atlantic.", {("Orbis", "investsIn", "Kelda Platforms"), ("Tarn Equity Partners", "investsIn",
                                                                       "Kelda Platforms")}),
    # a capitalised title joined to another after a company's name ends no name
    ("Kelda President and Chief Executive Tom Hale said in a statement.", {("Tom Hale", "ceoOf", "Kelda")}),
    ("Kelda hired new chief financial officer Tom Hale and new CEO Ana Ruiz.", {("Ana Ruiz", "ceoOf", "Kelda")}),
    # a place the NER sees before a general title is where its holder lives; not before a specific one
    ("The Norway governor Ana Ruiz spoke on Monday.", {("Ana Ruiz", "livesIn", "Norway")}),
    ("Kelda raised $30 million from Orbis Capital to repay a bank loan.", {("Orbis Capital", "investsIn", "Kelda")}),
    ("Among Kelda's backers are Orbis Capital and Birchwood.",
     {("Orbis Capital", "investsIn", "Kelda"), ("Birchwood", "investsIn", "Kelda")}),
    # (from the review: kept) a round with no name started, backing of the company that started it
    ("Kelda started production in 2019 with backing from Orbis Capital.", {("Orbis Capital", "investsIn", "Kelda")}),
    ("Kelvex, the market leader, bought Orbis Labs.", {("Kelvex", "acquired", "Orbis Labs")}),
    ("Orbis Bank, a shipping financier, acquired Kelda Labs.", {("Orbis Bank", "acquired", "Kelda Labs")}),
    ("Kelda Platforms raised Rs 500 crore on Monday. The round was led by Orbis Capital.",
     {("Orbis Capital", "investsIn", "Kelda Platforms")}),
    # a partner in working together makes what it was done to make
    ("Kelda worked with Orbis Labs to develop the Tala platform.",
     {("Kelda", "develops", "Tala"), ("Orbis Labs", "develops", "Tala")}),
    # a head noun of people and companies alike ('leader') leaves the name to the title held at it
    ("Ko Min, chief executive of AI software leader Kelvex, spoke.", {("Ko Min", "ceoOf", "Kelvex")}),
    # titles joined before the name in apposition to them, of the possessor of the first
    ("Kelda's CEO and co-founder, Ana Ruiz, said the company will grow.",
     {("Ana Ruiz", "ceoOf", "Kelda"), ("Ana Ruiz", "founderOf", "Kelda")}),
    # the members of a title fronted with 'among'
    ("Among Kelda's backers are Orbis Capital and Birch Partners.",
     {("Orbis Capital", "investsIn", "Kelda"), ("Birch Partners", "investsIn", "Kelda")}),
    # an appointment parsed with the name as a modifier of the title: the title is of the one that named,
    # or of the organization it names, never of the one named
    ("Kessler Group named Ana Ruiz chief executive, replacing Tom Brandt, who stepped down in March.",
     {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    ("Kessler Group named Ana Ruiz chief executive of Tarvo Labs.", {("Ana Ruiz", "ceoOf", "Tarvo Labs")}),
    # a title held at a name the NER took for a person's: an organization
    ("Ana Ruiz is chief executive of Velora.", {("Ana Ruiz", "ceoOf", "Velora")}),
    # an appointment to titles joined by 'and', of the organization the titles name
    ("Kessler Group on Monday named Tom Brandt as president and chief executive.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Kessler Group on Monday named Tom Brandt as the new president and CEO of Orbis Labs, its software unit.",
     {("Tom Brandt", "ceoOf", "Orbis Labs")}),
    # a round led by one backer and joined by others a common noun lists; an amount raised, led by a backer
    ("Tarvo's funding was led by Orbis Capital and joined by other investors such as Kelda, Mirae Partners and "
     "Norvest Ventures.", {("Orbis Capital", "investsIn", "Tarvo"), ("Kelda", "investsIn", "Tarvo"),
                            ("Norvest Ventures", "investsIn", "Tarvo")}),
    ("Tarvo AI's fundraising was led by venture capital fund Orbis Partners.",
     {("Orbis Partners", "investsIn", "Tarvo AI")}),
    ("Tarvo, a Lyon-based startup, raised another $300 million led by Orbis Capital.",
     {("Orbis Capital", "investsIn", "Tarvo")}),
    ("Tarvo said it had raised $530 million in a Series B round that was led by Orbis Capital and included "
     "significant investment from Kelda Partners.",
     {("Orbis Capital", "investsIn", "Tarvo"), ("Kelda Partners", "investsIn", "Tarvo")}),
    # a hyphenated place before a noun phrase the parser misread: the name after its lower-case words
    ("UK-headquartered fintech startup Tarvo has secured $120 million in a fresh funding round.",
     {("Tarvo", "headquarteredIn", "UK")}),
    # backers listed after the round with no company of their own: the round's
    ("Vexa raised $250 million in Series D funding led by Orbis Capital. Other investors include Tarvik Partners, "
     "Lumen Ventures and insiders Kelda Growth and Tiger Lane.",
     {("Tarvik Partners", "investsIn", "Vexa"), ("Lumen Ventures", "investsIn", "Vexa"),
      ("Kelda Growth", "investsIn", "Vexa"), ("Tiger Lane", "investsIn", "Vexa")}),
    ("Vexa raised $50 million in a round led by Orbis Capital. It comes amid a funding boom for banks. Other "
     "investors include Tarvik Partners.", {("Tarvik Partners", "investsIn", "Vexa")}),
    ("Vexa raised $50 million this week in a round led by Orbis Capital. Existing investors Tarvik Partners and "
     "Kelda Ventures also participated.",
     {("Tarvik Partners", "investsIn", "Vexa"), ("Kelda Ventures", "investsIn", "Vexa")}),
    # a round's backers told of in the sentences after money raised; a Series investment is a round
    ("Vexa raised $40 million on Monday. Orbis Capital and Kelda Partners led the new round of funding. They were "
     "joined by Tarvik Ventures and Lumen Fund.",
     {("Orbis Capital", "investsIn", "Vexa"), ("Tarvik Ventures", "investsIn", "Vexa"),
      ("Lumen Fund", "investsIn", "Vexa")}),
    ("Vexa Labs has secured $14 million in a Series A investment led by Orbis Capital, with participation from "
     "existing investors Tarvik Ventures and Lumen Fund.",
     {("Orbis Capital", "investsIn", "Vexa Labs"), ("Tarvik Ventures", "investsIn", "Vexa Labs"),
      ("Lumen Fund", "investsIn", "Vexa Labs")}),
    # a round the clause's subject comes with
    ("Vexa Labs emerged from stealth with a $2 million seed round from investors Orbis Capital and Tarvik Ventures.",
     {("Orbis Capital", "investsIn", "Vexa Labs"), ("Tarvik Ventures", "investsIn", "Vexa Labs")}),
    # 'based out of'; a fronted participle of the main clause's subject; 'One of ..., X,' as the subject
    ("Kelda Labs is based out of Oslo.", {("Kelda Labs", "basedIn", "Oslo")}),
    ("Based in Oslo, Kelda Labs became one of the early leaders.", {("Kelda Labs", "basedIn", "Oslo")}),
    ("One of the largest, Kelda Labs, is headquartered in Berlin.", {("Kelda Labs", "headquarteredIn", "Berlin")}),
    # 'A Capital and B Group', which the parser reads as A modifying B, the 'and' on A: both
    ("The deal follows investments in Kelda Labs by Orbis Capital and Tarvo Group.",
     {("Orbis Capital", "investsIn", "Kelda Labs"), ("Tarvo Group", "investsIn", "Kelda Labs")}),
    ("Kelda Labs counts Orbis Capital and Tarvo Group among its investors.",
     {("Orbis Capital", "investsIn", "Kelda Labs"), ("Tarvo Group", "investsIn", "Kelda Labs")}),
    # a second object whose verb the sentence leaves out, which the parser joins to the verb
    ("Kelvo bought Tarvik in 2022 and Brenta in 2014.", {("Kelvo", "acquired", "Tarvik"), ("Kelvo", "acquired", "Brenta")}),
    # a share held 'in which': the relative pronoun is what the clause is about (a name, or the noun it follows)
    ("Tarvik, in which Kelvo owns 10%, grew.", {("Kelvo", "investsIn", "Tarvik")}),
    ("Kelvo holds 70% of Tarvik Manufacturing Co, a Dresden-based venture in which Orvane, Zentrix Technologies and "
     "Oslo-based Brenta Semiconductors each own 10%.",
     {("Orvane", "investsIn", "Tarvik Manufacturing Co"), ("Brenta Semiconductors", "investsIn", "Tarvik Manufacturing Co")}),
    # names the tagger reads by their endings: '-ly' as an adverb, '-ed' as a verb
    ("Dovely will invest $50 million in Tarvik Spatial.", {("Dovely", "investsIn", "Tarvik Spatial")}),
    ("Kelvo has taken a 10% stake in Danish wind developer Holmsted, becoming its largest shareholder.",
     {("Kelvo", "investsIn", "Holmsted")}),
    # a phrase set off after 'City, Region,' is about the city (tokens spaced as in CoNLL04's sentences)
    ("Meanwhile , the historical society in Dunmarrow , Kelvania , Tom Hale 's hometown , plans to raise two "
     "statues on Feb. 3.", {("Tom Hale", "livesIn", "Dunmarrow")}),
    # each possessive owns the name right after it, however the parser hung the first one
    ("The group plans to merge Orvane's Tarvik Air and Kelvo's Brenta Air and Zentrix Air.",
     {("Orvane", "owns", "Tarvik Air"), ("Kelvo", "owns", "Brenta Air")}),
    # a fronted description before the subject's comma: the parser leaves it hanging
    ("Norway-based payments company, Kelvo has agreed to buy Tarvik.", {("Kelvo", "basedIn", "Norway")}),
    ("Oslo-based company, Kelvo bought Tarvik.", {("Kelvo", "basedIn", "Oslo")}),
    # (a preposition on a company noun still says what it does: 'the company behind Lumo')
    ("Analysts cite it as a rival to Kelvo, the company behind Lumo.", {("Kelvo", "develops", "Lumo")}),
    # a chief executive 'of' a name the typer took for a place by the 'of' alone (from 'part of Kelvo' too)
    ("The startup is part of Kelvo, said Ana Ruiz, president and chief executive of Kelvo.",
     {("Ana Ruiz", "ceoOf", "Kelvo")}),
    # (the same further down a list: 'Japan’s Orvane' modifying 'Velmora Capital', the 'and' on Orvane)
    ("In June, Tarvik raised $42 million. The startup got the money from firms including Norway’s Kelvo, "
     "Oslo-based Brenta Group, Japan’s Orvane and Velmora Capital, based in Lima.",
     {("Orvane", "investsIn", "Tarvik"), ("Velmora Capital", "investsIn", "Tarvik"), ("Kelvo", "investsIn", "Tarvik")}),
    # a one-off act told as past is still a fact ('previously co-founded'); a name given by 'called' the tagger
    # took for a past tense
    ("Tom Hale previously co-founded Kelda Labs, a cybersecurity startup.", {("Tom Hale", "founderOf", "Kelda Labs")}),
    ("Tom Hale announced his foray into models by co-founding an artificial intelligence company called Kelda "
     "Intelligence with a former colleague.", {("Tom Hale", "founderOf", "Kelda Intelligence")}),
    # a possessed name nothing typed, of a company named, is a thing it makes
    ("Users flocked to Vexa Labs' Nova, analysts said.", {("Vexa Labs", "develops", "Nova")}),
    # company names ending in an industry's word (kg:nameSuffix), and their short names
    ("Tarvo Oil will acquire Kelda Energy in an all-stock deal. The group will be led by Tarvo boss Tom Hale.",
     {("Tarvo Oil", "acquired", "Kelda Energy"), ("Tom Hale", "worksFor", "Tarvo Oil")}),
    # a title with an 'of' complement before the name
    ("Vexa Corp's head of global payments Tom Hale told reporters the deal was good.",
     {("Tom Hale", "worksFor", "Vexa Corp")}),
    # a payment processor is a company (a processor alone is a made thing)
    ("Orbis Capital has purchased a minority stake in Nigerian payment processor Kelda.",
     {("Orbis Capital", "investsIn", "Kelda")}),
    ("Vexa Labs makes a fast processor called Tala.", {("Vexa Labs", "develops", "Tala")}),
    # the title a successor takes, with 'as' hung on the one replaced
    ("Vexa said Tom Hale will succeed Ana Ruiz as chief executive.", {("Tom Hale", "ceoOf", "Vexa")}),
    # a place-based plural noun's listed names ('like' after a plural noun lists, as 'such as' does)
    ("Some rethink the dominance of US-based leaders like Kelda Labs and Orbis Corp.",
     {("Kelda Labs", "basedIn", "US"), ("Orbis Corp.", "basedIn", "US")}),
    # a title chain of another organization before a chain, joined by 'and'
    ("Some said that Vexa CEO and former Orbis executive Tom Hale was being considered.",
     {("Tom Hale", "ceoOf", "Vexa")}),
    # a unit acts for its owner; an acquisition of firms a noun lists
    ("Tarvo Inc. said it agreed to be acquired by an affiliate of private-equity firm Orbis Capital.",
     {("Orbis Capital", "acquired", "Tarvo Inc.")}),
    ("A unit of Orbis Capital bought Tarvo Inc. last year.", {("Orbis Capital", "acquired", "Tarvo Inc.")}),
    ("This follows Vexa Corp's acquisition of investment firms such as Kelda Labs.",
     {("Vexa Corp", "acquired", "Kelda Labs")}),
    # a title whose property takes 'in' (kg:titlePrepositionCue)
    ("Former Vexa CEO Tom Hale is also a shareholder in Kelda Labs.", {("Tom Hale", "investsIn", "Kelda Labs")}),
    # titles joined to a title that stands for the name, in an article about one company
    ("Vexa Corp makes chips. Vexa Corp sells them in Oslo. Ana Ruiz, co-founder and CEO, hailed the launch.",
     {("Ana Ruiz", "founderOf", "Vexa Corp"), ("Ana Ruiz", "ceoOf", "Vexa Corp")}),
    ("Kelda Labs' fund-raising was led by venture capital fund Orbis Partners.",
     {("Orbis Partners", "investsIn", "Kelda Labs")}),
    ("Vexa Labs is headquartered in Berlin, with investments from Orbis Fund and Kelda Capital.",
     {("Orbis Fund", "investsIn", "Vexa Labs"), ("Kelda Capital", "investsIn", "Vexa Labs")}),
    # a majority stake bought is an acquisition too; a takeover agreed is one, not yet a holding
    ("Kelda Works Ltd has acquired a controlling (51 percent) stake in IT services company Tarvo Ltd.",
     {("Kelda Works Ltd", "acquired", "Tarvo Ltd."), ("Kelda Works Ltd", "owns", "Tarvo Ltd.")}),
    ("The grocer Kelda Stores agreed a 2 billion euro takeover of wholesaler Tarvo Foods on Friday.",
     {("Kelda Stores", "acquired", "Tarvo Foods")}),
    # money raised from investors, with or without a round noun
    ("Kelda Labs raised €150 million from existing investors including Tarvik Partners and Orbis Capital.",
     {("Tarvik Partners", "investsIn", "Kelda Labs"), ("Orbis Capital", "investsIn", "Kelda Labs")}),
    ("Kelda Labs has raised $20 million from Tarvik Partners.", {("Tarvik Partners", "investsIn", "Kelda Labs")}),
    ("Kelda Labs secured $5 million in seed funding from Tarvik Partners.",
     {("Tarvik Partners", "investsIn", "Kelda Labs")}),
    ("Orbis Capital yesterday announced a $1 billion round of funding for San Francisco-based Kelda Labs.",
     {("Orbis Capital", "investsIn", "Kelda Labs")}),
    # money put into a company
    # (an investor typed by its suffix: a bare one-word name the NER left untyped is left to the typer)
    ("Last year Vexa Capital ploughed $1 billion into Tarvo, an online retailer.",
     {("Vexa Capital", "investsIn", "Tarvo")}),
    ("Vexa pumped $200 million into Tarvo Labs in 2021.", {("Vexa", "investsIn", "Tarvo Labs")}),
    # a deal a buyer announces, or its board approves; a buyer of one of several a noun names
    ("Kelda Group announced the acquisition of Tarvo Labs on Monday.", {("Kelda Group", "acquired", "Tarvo Labs")}),
    ("The board of directors of Kelda Group on Friday approved the acquisition of Tarvo Labs for $5 million.",
     {("Kelda Group", "acquired", "Tarvo Labs")}),
    ("Kelda's board approved the acquisition of Tarvo Labs.", {("Kelda", "acquired", "Tarvo Labs")}),
    ("Kelda has agreed to buy one of Norway's biggest fintech firms, Tarvo, in a deal worth $200 million.",
     {("Kelda", "acquired", "Tarvo")}),
    # a specific title held at a name a head noun of made things typed ('platform'): an organization
    ("The board of online food delivery platform Kelvex met on Friday. Kelvex founder and CEO Ana Ruiz said it "
     "would grow. Kelvex is based in Lyon.", {("Ana Ruiz", "ceoOf", "Kelvex"), ("Ana Ruiz", "founderOf", "Kelvex")}),
    # a name right after its head noun, which the parser hung as an apposition on the title or on the person
    ("Tom Hale, founder of music company Kelvex, spoke.", {("Tom Hale", "founderOf", "Kelvex")}),
    ("Other investors were Ana Ruiz, co-founder of Orbis Labs, and Tom Hale, founder of music company Kelvex.",
     {("Tom Hale", "founderOf", "Kelvex"), ("Ana Ruiz", "founderOf", "Orbis Labs")}),
    # money invested for a stake
    ("Kelda Group will invest $1.5 billion for a minority stake in Orbis Labs, an AI firm in Oslo.",
     {("Kelda Group", "investsIn", "Orbis Labs")}),
    # what 'one of' several does, told in a clause on the several
    ("Orbis is controlled by Kelda, one of Africa's most valuable companies which also owns the media group Tarvo.",
     {("Kelda", "owns", "Tarvo"), ("Kelda", "owns", "Orbis")}),
    # the names a common noun lists after a title's 'of'; a name set off by commas after the noun of 'one of'
    ("Orbis Capital was an early backer of companies including Kelda, Tarvo Labs and Lumo.",
     {("Orbis Capital", "investsIn", "Kelda"), ("Orbis Capital", "investsIn", "Tarvo Labs"),
      ("Orbis Capital", "investsIn", "Lumo")}),
    ("Oslo-based software company, Kelda has agreed to buy one of Norway’s biggest fintech giants, Tarvo, in a deal "
     "said to be the biggest start-up acquisition from Norway.", {("Kelda", "acquired", "Tarvo")}),
    # 'it' in what a company says of itself is that company; a name in apposition to a subject is one
    ("Ana Ruiz’s artificial intelligence startup, Kelvex, has raised billions of dollars from investors. Early "
     "Monday, the startup behind the Tala AI chatbot announced it had secured $6 billion in funding from investors "
     "in a Series B round. Some investors include Orbis Capital, Birch Partners, and Talvor Equity Partners.",
     {("Orbis Capital", "investsIn", "Kelvex"), ("Talvor Equity Partners", "investsIn", "Kelvex")}),
    # the end of a role its holder left; a dash set off by spaces ends a name
    ("Kelda’s CEO Tom Hale left Orbis Labs in 2020.", {("Tom Hale", "ceoOf", "Kelda")}),
    ("Orbis Capital bought a stake in Tarvo – Kelda Labs said on Monday.", {("Orbis Capital", "investsIn", "Tarvo")}),
    # a share owned, written onto the participle; a company formed by its founders; a round its announcement names
    ("Separately, Kelda – which is 65%-owned by British telco Orbis Group – has been in talks.",
     {("Orbis Group", "owns", "Kelda")}),
    ("Kelda, which is 30%-owned by Orbis Group, grew.", {("Orbis Group", "investsIn", "Kelda")}),
    ("Kelvex Labs makes sensors. Kelvex Labs was formed just over two years ago by CEO Dana Voss, Chief Technology "
     "Officer Ivo Zaran and Mira Kovac.",
     {("Dana Voss", "founderOf", "Kelvex Labs"), ("Mira Kovac", "founderOf", "Kelvex Labs")}),
    ("Paris-based Kelvex Therapeutics set the record Wednesday with the announcement of a €75m Series A round, led "
     "by Orbis Capital and Birch Partners.", {("Orbis Capital", "investsIn", "Kelvex Therapeutics"),
                                              ("Birch Partners", "investsIn", "Kelvex Therapeutics")}),
    # a round that drew backers' participation; money raked in; backers among 'some of' a noun's list
    ("Kelvex raised $10 million on Monday. The funding round also drew participation from Orbis Capital and Birch "
     "Partners.", {("Orbis Capital", "investsIn", "Kelvex"), ("Birch Partners", "investsIn", "Kelvex")}),
    ("Kelvex Labs makes chips. The startup raked in $500 million in a series B round led by Orbis Capital.",
     {("Orbis Capital", "investsIn", "Kelvex Labs")}),
    ("Kelvex Labs makes chips. The Beijing-based firm’s latest round was backed by some of the biggest names in "
     "Chinese technology, including Orbis Group Holding and Tarvo Holdings, along with some state-backed funds.",
     {("Orbis Group Holding", "investsIn", "Kelvex Labs"), ("Tarvo Holdings", "investsIn", "Kelvex Labs")}),
    # (from the review) a chief executive 'of' a name the NER may take for a person's; a post left as another's title;
    # 'one of' a noun of companies types the name
    ("Jonas Fell, chief executive of Zelvin Payments, said demand was strong.",
     {("Jonas Fell", "ceoOf", "Zelvin Payments")}),
    ("Ana Ruiz, chief executive of Kelvora Group, left her post as chair of Nexiro Foods.",
     {("Ana Ruiz", "ceoOf", "Kelvora Group")}),
    ("Kelvora, one of Africa's biggest media groups which owns Tala TV, reported a loss.",
     {("Kelvora", "owns", "Tala TV")}),
    # a person's startup is one they founded (an organization's, one it owns)
    ("Ana Ruiz’s artificial intelligence startup, Kelvex, has raised $6 billion from investors.",
     {("Ana Ruiz", "founderOf", "Kelvex")}),
    ("Kelda's startup unit Tarvo grew.", {("Kelda", "owns", "Tarvo")}),
    # a buyer that swallowed companies, or pays for one
    ("Yet after swallowing Zorvane Inc., Orbis Technologies Inc. and Lumo Inc. for a combined $15 billion, Kelda has "
     "been quiet.", {("Kelda", "acquired", "Zorvane Inc."), ("Kelda", "acquired", "Lumo Inc.")}),
    ("Kelda said Tuesday it will pay $36 a share for Oslo-based Tarvo.", {("Kelda", "acquired", "Tarvo")}),
    # a city and its region before a hyphenated participle: the city is in the region
    ("Kelda said it will pay $36 a share for Dublin, California-based Tarvo, known as TarvoCloud.",
     {("Dublin", "locatedIn", "California"), ("Tarvo", "basedIn", "Dublin")}),
    # a phrase in apposition to a name that the parser hung on a word before the name
    ("The EU wants rules. US media has already cited it as a potential rival to Orvane, the company behind Tala.",
     {("Orvane", "develops", "Tala")}),
    # founders named with their titles in apposition; a title written in capitals
    ("Co-founded in 2016 by Ana Ruiz, the Chief Executive Officer and Tom Hale, the Chief Technical Officer, Kelvex "
     "is a technology company that makes payments easy.",
     {("Ana Ruiz", "founderOf", "Kelvex"), ("Tom Hale", "founderOf", "Kelvex"), ("Ana Ruiz", "ceoOf", "Kelvex")}),
    # money raised from a body of investors some of them lead
    ("Kelvex said it had raised $500m from a group of investors led by the US fund Orbis Partners.",
     {("Orbis Partners", "investsIn", "Kelvex")}),
    ("Kelvex raised $30 million from a consortium led by Orbis Partners and Tarvo Capital.",
     {("Orbis Partners", "investsIn", "Kelvex"), ("Tarvo Capital", "investsIn", "Kelvex")}),
    # others join a round 'with funding from' them; a newsletter's flags after the names change nothing
    ("Trevo raised a $3 million seed round led by Alder Partners and Bright Ventures with funding from Cobalt Labs "
     "and Sora Capital.", {("Alder Partners", "investsIn", "Trevo"), ("Cobalt Labs", "investsIn", "Trevo"),
                           ("Sora Capital", "investsIn", "Trevo")}),
    ("Trevo 🇨🇴 raised a $3 million seed round led by Alder Partners 🇺🇸 and Bright Ventures 🇺🇸.",
     {("Alder Partners", "investsIn", "Trevo"), ("Bright Ventures", "investsIn", "Trevo")}),
    # a title in apposition to a person, then the organization set off by commas
    ("“This adds another brand to our portfolio,” said Tom Hale, chief executive, Vexa Labs.",
     {("Tom Hale", "ceoOf", "Vexa Labs")}),
    # (the organization hung on the holder as a second apposition, its period read as part of 'Corp.')
    ("Sales rose, said Tom Hale, chief executive, Brenta Corp.", {("Tom Hale", "ceoOf", "Brenta Corp.")}),
    ("The deal was announced by Tom Hale, managing director, Vexa Labs.", {("Tom Hale", "worksFor", "Vexa Labs")}),
    # a round told of before, the next sentence's round 'in August' being no one's
    ("Bank of Lorvane raised £42 million from investors last month. The funding round in August was led by "
     "Luxembourg-based Corvin Capital Partners.", {("Corvin Capital Partners", "investsIn", "Bank of Lorvane")}),
    # a participle in parentheses after a name is said of the name, however the parser hung it
    ("New money fed startups like Kelvo Games (later acquired by Orvane Corp) and Tarvo (later acquired by Nexiro "
     "Group).",
     {("Orvane Corp", "acquired", "Kelvo Games"), ("Nexiro Group", "acquired", "Tarvo")}),
    # a list of backers goes on past a parenthesis after its first name
    ("Kelvo Labs had raised around $5 million. Its backers include Archer Digital Ventures (the investment arm of "
     "media company Archer), Marel & Cie, and SD Ventures, amongst others.",
     {("Archer Digital Ventures", "investsIn", "Kelvo Labs"), ("Marel & Cie", "investsIn", "Kelvo Labs"),
      ("SD Ventures", "investsIn", "Kelvo Labs")}),
    # 'fintech' and 'telco' are organizations' head nouns
    ("Kelvo, a Mexican fintech, has raised $45 million in a Series B funding round. The round was led by Varen "
     "Partners.", {("Varen Partners", "investsIn", "Kelvo")}),
    ("Kelvo Mobile raised $5 million. The Oslo-based telco said sales rose.", {("Kelvo Mobile", "basedIn", "Oslo")}),
    # all of a company bought is the company acquired
    ("Corvin Bank is to acquire 100% of fintech innovator Kelvo for $90 million.", {("Corvin Bank", "acquired", "Kelvo")}),
    # a chair of an organization's board works for the organization (the board is no entity of its own)
    ("Dana Voss, chair of Vexa’s National Board, said the group was pleased.", {("Dana Voss", "worksFor", "Vexa")}),
    # a model's name with a version is not the head noun's first word
    ("The Chinese enterprise Korvex Lab has unveiled its R1 AI model.", {("Korvex Lab", "develops", "R1")}),
    # the names a plural relational noun lists: 'its affiliates such as A', 'its affiliates like A and B'
    ("Kessler Group aims to deploy the tool across its affiliates such as Kessler Chem and Kessler Energy.",
     {("Kessler Group", "owns", "Kessler Chem"), ("Kessler Group", "owns", "Kessler Energy")}),
    ("Kessler Group aims to deploy the tool across its affiliates like Kessler Chem and Kessler Energy.",
     {("Kessler Group", "owns", "Kessler Chem"), ("Kessler Group", "owns", "Kessler Energy")}),
    # a dateline with its credit before a colon ('JAKARTA (Norvik):'), and a description the parser hung on the
    # sentence's verb
    ("JAKARTA (Norvik): Tom Hale and Ana Ruiz spent most of this year trying, and failing, to raise fresh capital for "
     "Astro, their quick-commerce startup in Indonesia.", {("Astro", "basedIn", "Indonesia")}),
    # a paragraph that opens with a name in capitals after a headline: one sentence, the name whole
    ("Zentrix Bought by Kessler\n\nEXO Technologies, a developer of GPS technology for autonomous vehicles, agreed on "
     "Monday to be acquired by Germany's Kessler Corporation.", {("Kessler Corporation", "acquired", "EXO Technologies")}),
    # the 'of' after the last of joined titles is of each ('the founder and CEO of Kelvo', the parser hanging it on
    # the first); a list of titles with commas before the name
    ("Shashua is also the founder and CEO of Kelvo, a developer of chips.",
     {("Shashua", "founderOf", "Kelvo"), ("Shashua", "ceoOf", "Kelvo")}),
    ("The deal is good, said Kelvo Air President, Chairman, and CEO Tom Hale in a statement.",
     {("Tom Hale", "ceoOf", "Kelvo Air")}),
    ("Kelvo Bank is buying a 15 percent stake in Vietnamese partly private bank VIB for an undisclosed sum.",
     {("Kelvo Bank", "investsIn", "VIB")}),
    ("Kelvo Motors said on Wednesday it was investing $500 million in electric vehicle startup Rivo. GM was "
     "interested in becoming an investor in Rivo, much like Brenta, which led a $700 million investment round in the "
     "startup in February. Kelvo Motors makes vans.", {("Brenta", "investsIn", "Rivo")}),
    # 'the company' is still the article's company, whatever other company the text called one
    ("Kelvo Motors makes vans. Kelvo Motors bought Velto, a company in Oslo. The company is based in Lima.",
     {("Kelvo Motors", "basedIn", "Lima")}),
    # a place a cue made one between a plural's possessive and the seat noun
    ("Kelvo Labs makes chips. The campus was inspired by Kelvo Labs' Oslo headquarters.",
     {("Kelvo Labs", "headquarteredIn", "Oslo")}),
    # some of those the money came from: '..., including from A and B'
    ("Kelvo Labs raised $200m, including from Orvane Management and Brenta Venture Partners.",
     {("Orvane Management", "investsIn", "Kelvo Labs"), ("Brenta Venture Partners", "investsIn", "Kelvo Labs")}),
    # a majority stake sold to a buyer: the buyer bought the company
    ("Kelvo Plc will sell its majority stake in Zarvia Telecom to Africa-focused Brenta Group, a spokesperson said.",
     {("Brenta Group", "acquired", "Zarvia Telecom"), ("Brenta Group", "owns", "Zarvia Telecom")}),
    # a share paid for is bought, of the size the share says
    ("Kelvo Group paid $900 million for 20% of Brenta Telecom.", {("Kelvo Group", "investsIn", "Brenta Telecom")}),
    ("Kelvo Group paid $900 million for 70% of Brenta Telecom.", {("Kelvo Group", "owns", "Brenta Telecom")}),
    # a name set off after its noun that the parser hung on the verb; the thing a version is of
    ("Kelvo Institute released its AI model, Tala 2.", {("Kelvo Institute", "develops", "Tala 2")}),
    ("Kelvo Institute released the second version of Tala.", {("Kelvo Institute", "develops", "Tala")}),
    # shares bought, with the company they are of: named before the noun, after 'in', or an amount of them
    ("Kelvo Capital will first acquire Brenta Foods shares at 4,050 yen apiece through a tender offer.",
     {("Kelvo Capital", "investsIn", "Brenta Foods")}),
    ("Kelvo Motors has agreed to buy $50m of common shares in Brenta Motors once the company has floated.",
     {("Kelvo Motors", "investsIn", "Brenta Motors")}),
    ("Kelvo Motors bought shares in Brenta Motors.", {("Kelvo Motors", "investsIn", "Brenta Motors")}),
    # each of the names a plural relational noun lists, in apposition or right after it
    ("Kelvo Group's affiliates, Kelvo Motor Co, Kelvo Mobis Co and Kelvo Glovis Co, joined the deal.",
     {("Kelvo Group", "owns", "Kelvo Mobis Co"), ("Kelvo Group", "owns", "Kelvo Glovis Co")}),
    ("Kelvo Group's affiliates Kelvo Motor Co and Kelvo Mobis Co joined the deal.",
     {("Kelvo Group", "owns", "Kelvo Mobis Co")}),
    # a unit 'under' its owner
    ("Zarvia Labs, a research unit under Kessler Group, built the model.", {("Kessler Group", "owns", "Zarvia Labs")}),
    # a leaving still to come ends no post
    ("Kelvo Motors makes vans. The planned departure of Kelvo Motors chief executive Tom Hale was announced on "
     "Monday.", {("Tom Hale", "ceoOf", "Kelvo Motors")}),
    # a company in no dictionary before a specific title that opens the sentence
    ("Kelvo chief executive Tom Hale said sales rose.", {("Tom Hale", "ceoOf", "Kelvo")}),
    # a family name that begins with a particle, which the NER cuts off
    ("Kelvo Holding chairman Faisal bin Salem said the deal is good.",
     {("Faisal bin Salem", "worksFor", "Kelvo Holding")}),
    # backers who 'invested in' or 'made investments in' a round told of before
    ("Kelvo Labs raised $5 million in a round led by Zentrix. Orvane Labs also invested in the round.",
     {("Orvane Labs", "investsIn", "Kelvo Labs")}),
    ("Kelvo Labs raised $5 million. In addition, existing investors, Orvane Labs, Brenta Capital & Tarvik Partners, "
     "made follow-on investments in this round.", {("Orvane Labs", "investsIn", "Kelvo Labs"),
                                                    ("Brenta Capital", "investsIn", "Kelvo Labs"),
                                                    ("Tarvik Partners", "investsIn", "Kelvo Labs")}),
    # a dateline's credit written onto the name with a double hyphen
    ("Oslo, March 3 (Norvik Press)--Kelvo & Co., a maker of medicines, said it will acquire Brenta Co.",
     {("Kelvo & Co.", "acquired", "Brenta Co.")}),
    ("OSLO--Kelvo Co. said that it will acquire Brenta Co.", {("Kelvo Co.", "acquired", "Brenta Co.")}),
    # the names in apposition to a verb's object noun, each of them (the NER took the first two for one name)
    ("Kessler Group, which operates the supermarket chains Velmo, Pavano and Brantly Foods, said sales rose.",
     {("Kessler Group", "owns", "Velmo"), ("Kessler Group", "owns", "Pavano"), ("Kessler Group", "owns", "Brantly Foods")}),
    ("Kessler Group — which operates the grocery chains Velmo, Pavano and Brantway as well as its own stores — "
     "said it would buy Zarvia.", {("Kessler Group", "owns", "Velmo"), ("Kessler Group", "owns", "Pavano"),
                                   ("Kessler Group", "owns", "Brantway")}),
    ("Kessler Group bought two rivals, Velmo Foods and Pavano Foods.",
     {("Kessler Group", "acquired", "Velmo Foods"), ("Kessler Group", "acquired", "Pavano Foods")}),
    # others 'also involved' in a round told of before, and those the clause 'as were ...' adds
    ("Velto Labs's fund-raising was led by Lumen Partners. Businessmen Ana Ruiz and Tom Hale were also involved, as "
     "were Orvane Holding and Belgian firm Tarvo.",
     {("Ana Ruiz", "investsIn", "Velto Labs"), ("Tom Hale", "investsIn", "Velto Labs"),
      ("Orvane Holding", "investsIn", "Velto Labs"), ("Tarvo", "investsIn", "Velto Labs")}),
    ("Velto Labs raised $5 million in a round led by Lumen Partners. Existing investors Orvane Capital and Kestrel "
     "Partners also participated, as did Tarvo Ventures.", {("Tarvo Ventures", "investsIn", "Velto Labs")}),
    ("Velto Labs raised $5 million in a round led by Lumen Partners. Orvane Capital and Kestrel Partners also took "
     "part.", {("Orvane Capital", "investsIn", "Velto Labs"), ("Kestrel Partners", "investsIn", "Velto Labs")}),
    # a stake bought, told as a noun
    ("Orvane Fund keeps buying; the latest was its acquisition of a five percent stake in the Japanese game company "
     "Velto.", {("Orvane Fund", "investsIn", "Velto")}),
    ("Orvane Fund approved Kestrel's purchase of a 10% stake in Velto Labs.", {("Kestrel", "investsIn", "Velto Labs")}),
    # a titled person an organization grew 'under'
    ("Velto, the leading maker of motors, grew under the leadership of founder Ana Ruiz.",
     {("Ana Ruiz", "founderOf", "Velto")}),
    ("Velto Labs has grown fast under chief executive Ana Ruiz.", {("Ana Ruiz", "ceoOf", "Velto Labs")}),
    # titles joined, then the organization set off by commas
    ("\"This adds a brand,\" said Tom Hale, president and CEO, Velto Foods.",
     {("Tom Hale", "ceoOf", "Velto Foods"), ("Tom Hale", "worksFor", "Velto Foods")}),
    # taking part in a round; a round 'of' a company; the backers of a round of funding; an investment made before
    ("Varen Ventures took part in Velto's funding round.", {("Varen Ventures", "investsIn", "Velto")}),
    ("Varen Ventures joined the funding round of Velto Labs.", {("Varen Ventures", "investsIn", "Velto Labs")}),
    ("Velto Labs raised a round of funding from Varen Ventures.", {("Varen Ventures", "investsIn", "Velto Labs")}),
    ("Varen Ventures has previously invested in Kestrel Labs and Tarvo Labs.",
     {("Varen Ventures", "investsIn", "Kestrel Labs"), ("Varen Ventures", "investsIn", "Tarvo Labs")}),
    # a title said to be a common noun that lists names
    ("Among Velto Labs' backers are several tech giants including Orvane Capital and Kestrel Partners.",
     {("Orvane Capital", "investsIn", "Velto Labs"), ("Kestrel Partners", "investsIn", "Velto Labs")}),
    # a round's stage named without the word 'round'
    ("Kelvo Labs raised a $20 Million Series A led by Tarvo Capital and Kira Partners with funding from Sable Ventures.",
     {("Tarvo Capital", "investsIn", "Kelvo Labs"), ("Kira Partners", "investsIn", "Kelvo Labs"),
      ("Sable Ventures", "investsIn", "Kelvo Labs")}),
    # a backer written onto a participle: of the name right after it, or of the name a noun is in apposition to
    ("Rivals such as Kestrel-backed Orvane and Tarvo-owned Velto grew.", {("Kestrel", "investsIn", "Orvane")}),
    ("Orvane, a Kestrel Capital-backed startup, grew.", {("Kestrel Capital", "investsIn", "Orvane")}),
    # backers listed after a round told of are the round's recipient's, not the article's company's
    ("Orvane bought Tarvo. Orvane said sales rose. Orvane grows. According to one database, Tarvo had raised "
     "around $5 million. Its backers include Archer Ventures and SD Ventures.",
     {("Archer Ventures", "investsIn", "Tarvo"), ("SD Ventures", "investsIn", "Tarvo")}),
    # names written right after a plural noun, however the parser hung them
    ("Orvane Capital has also taken stakes in software companies Velto Labs, Kestrel Systems and Tarvo Group.",
     {("Orvane Capital", "investsIn", "Velto Labs"), ("Orvane Capital", "investsIn", "Tarvo Group")}),
    # money raised told of before, then who it came from
    ("Velto Labs has raised $5 million. The Nairobi-based company, set up last year by Ana Ruiz, has raised the "
     "capital from Orvane Capital and Kestrel Partners.",
     {("Orvane Capital", "investsIn", "Velto Labs"), ("Kestrel Partners", "investsIn", "Velto Labs"),
      ("Ana Ruiz", "founderOf", "Velto Labs")}),
    ("Velto Labs has raised $5 million. The company got the money from Orvane Capital.",
     {("Orvane Capital", "investsIn", "Velto Labs")}),
    # participants 'in' a round told of before
    ("Velto Labs raised $3 million in an angel round. Other participants in that round included Kestrel Partners "
     "and Orvane Capital.", {("Kestrel Partners", "investsIn", "Velto Labs"), ("Orvane Capital", "investsIn", "Velto Labs")}),
    # shares counted, bought or held; new shares issued to a buyer
    ("Orvane Capital has acquired 625 million shares of Velto Holding.", {("Orvane Capital", "investsIn", "Velto Holding")}),
    # (the parser may make the 'to' of 'issue' its dative)
    ("Kelvo Corp issued new shares to Brenta Capital in a private placement.",
     {("Brenta Capital", "investsIn", "Kelvo Corp")}),
    # a stake sold to a buyer: the buyer holds it now
    ("Kelvo Corp sold its 30% stake in Tarvik Labs to Brenta Capital and Orvane Partners.",
     {("Brenta Capital", "investsIn", "Tarvik Labs"), ("Orvane Partners", "investsIn", "Tarvik Labs")}),
    # the words of an organization's name the NER left out of it are the name's, not a company of their own
    ("Tarvik Labs named Ana Ruiz as its new chief executive on Monday.", {("Ana Ruiz", "ceoOf", "Tarvik Labs")}),
    # 'a unit of' names the owner, an organization whatever the NER took it for (and no place the unit is in)
    ("Tarvik Labs, a unit of Zentrix, grew.", {("Zentrix", "owns", "Tarvik Labs")}),
    # a partner at a firm is a person working there, though 'partner' names organizations too
    ("Tom Hale, a general partner at Brenta Capital, said the deal was good.",
     {("Tom Hale", "worksFor", "Brenta Capital")}),
    ("Velto Holding will issue 84 million new shares to Orvane Capital in a private placement.",
     {("Orvane Capital", "investsIn", "Velto Holding")}),
    # the names a common noun lists after a founding's 'with' are co-founders too
    ("Li Wei co-founded Kelvo Labs in 2005 with fellow entrepreneurs Tom Hale and Ana Ruiz.",
     {("Tom Hale", "founderOf", "Kelvo Labs"), ("Ana Ruiz", "founderOf", "Kelvo Labs")}),
    # a sale named by a noun, and a company that sold at a date or a price to a buyer
    ("Kelvo Group shareholders approved the sale of Zapline Inc. to Velmora Corp. for $300 million.",
     {("Velmora Corp.", "acquired", "Zapline Inc.")}),
    ("Orvane also backed the robotics startup Zapline Inc., which sold in June to Tarvik Corp.",
     {("Tarvik Corp.", "acquired", "Zapline Inc.")}),
    # one of the holders of a plural title, set off beside it
    ("Tom Hale, one of the founders of Kelvo Labs, said the deal was good.", {("Tom Hale", "founderOf", "Kelvo Labs")}),
    ("Brenta Holding, one of the early investors in Zapline Inc., said the deal was good.",
     {("Brenta Holding", "investsIn", "Zapline Inc.")}),
    # a one-word name nothing but the typer took for a place, whose founders a specific title names: a company
    ("One of Kelvo’s co-founders, Tom Hale, is now on the board.", {("Tom Hale", "founderOf", "Kelvo")}),
    # a share in a company, as a percentage or a majority, is a stake
    ("Orvane Labs has bought a majority share in streaming platform Velmora Inc.", {("Orvane Labs", "owns", "Velmora Inc.")}),
    ("The Brenta Fund would acquire a 0.99 percent share in Kelvo Retail Limited.",
     {("Brenta Fund", "investsIn", "Kelvo Retail Limited")}),
    # the clause's subject the parser hung inside a fronted participle's phrase
    ("Founded in 2015 by Tom Hale and Li Wei, Zentrix (formerly known as Kelvo) initially focused on banks.",
     {("Tom Hale", "founderOf", "Zentrix"), ("Li Wei", "founderOf", "Zentrix")}),
    # money raised from a company's fund, and from names joined to it
    ("In June 2021, Zentrix raised US$250 million from Orvane Group's Latin American fund and Brenta Global Investors.",
     {("Orvane Group", "investsIn", "Zentrix"), ("Brenta Global Investors", "investsIn", "Zentrix")}),
    ("Zentrix raised $25 million from the venture arm of Orvane Group.", {("Orvane Group", "investsIn", "Zentrix")}),
    # what a company goes on as: 'operate as a unit of', 'keep its brand as a subsidiary of'
    ("Under the deal, Zarvia will keep its brand as a wholly-owned subsidiary of Orvane Corp.",
     {("Orvane Corp.", "owns", "Zarvia")}),
    ("Zarvia will operate as a unit of Orvane Corp. after the deal.", {("Orvane Corp.", "owns", "Zarvia")}),
    # a participle set off after a name, which the parser hung on the noun before it
    ("In February 2023, Zapline became a payment partner for Starlane, operated by Orvane Corp.",
     {("Orvane Corp.", "owns", "Starlane")}),
    # the 'of' of an act the parser hung on the doer's name after 'by'
    ("The $1.6 billion purchase this month by Kelvo Group of Zarvia Bread Company is the latest.",
     {("Kelvo Group", "acquired", "Zarvia Bread Company")}),
    # a name set off by commas after a subject noun, which the parser hung on the noun as a modifier
    ("Africa’s largest fintech interoperability hub, Kelvo Africa, will reportedly acquire US-based payments "
     "software company Global Zarvia Partners (GZP) in a $34 million deal.",
     {("Kelvo Africa", "acquired", "Global Zarvia Partners")}),
    # a stake bought from its holder is the buyer's now; and its partner's, 'together with'
    ("Five years ago Kelvo Group acquired Orvane’s 35% stake in Kenya’s Zarvia.", {("Kelvo Group", "investsIn", "Zarvia")}),
    ("In 2015, Kelvo Group acquired a 20.6 percent stake in Zarvia for HK$80.3 billion together with Brenta Corp.",
     {("Kelvo Group", "investsIn", "Zarvia"), ("Brenta Corp.", "investsIn", "Zarvia")}),
    # a monitoring service's source line: the source is where it broadcast or printed, whatever the NER ran together
    ("Strike Ends at Port PA1203045694 Zarvia City Norvik Radio Network in Spanish 0930 GMT 12 Mar 94",
     {("Norvik Radio Network", "basedIn", "Zarvia City")}),
    ("NC0703121594 Kelvo AL-TARVIK in Arabic 3 Mar 94 p 2", {("Al-Tarvik", "basedIn", "Kelvo")}),
    # a description that names the trade an earlier name was described with stands for that name
    ("Orvane Capital, the prolific tech investor, has confirmed an investment in Zentrix Labs, an online grocery "
     "delivery company. Based in Lima, the grocery delivery startup has grown fast.", {("Zentrix Labs", "basedIn", "Lima")}),
    # a title 'of' two names, the parser joining the second to the title
    ("Led by Hale, the billionaire CEO of Kelvo and Zarvia who also owns Brenta, the new startup has hired researchers.",
     {("Hale", "ceoOf", "Kelvo"), ("Hale", "ceoOf", "Zarvia")}),
    # a round whose verb has the backers themselves for its object
    ("The Series B round for Zentrix Labs drew Orvane Capital and Brenta Ventures.",
     {("Orvane Capital", "investsIn", "Zentrix Labs"), ("Brenta Ventures", "investsIn", "Zentrix Labs")}),
    ("Zentrix Labs raised $20 million. The round included Orvane Capital and Brenta Ventures.",
     {("Orvane Capital", "investsIn", "Zentrix Labs"), ("Brenta Ventures", "investsIn", "Zentrix Labs")}),
    # a verb cue's last word the parser read as a particle ('took over Y', 'won approval to take over Y')
    ("Orvane Corp took over Zentrix Labs in March.", {("Orvane Corp", "acquired", "Zentrix Labs")}),
    ("Orvane Corp won approval to take over Zentrix Labs.", {("Orvane Corp", "acquired", "Zentrix Labs")}),
    # an appointment told by its noun: of the organization the title names, else the one whose appointment it is
    ("Orvane announced the appointment of Tom Hale as chief executive of Kelvo Labs.",
     {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    ("Orvane Corp announced on Monday the appointment of Tom Hale as its chief executive.",
     {("Tom Hale", "ceoOf", "Orvane Corp")}),
    ("Tarvik Group's appointment of Ana Ruiz as president was approved.", {("Ana Ruiz", "worksFor", "Tarvik Group")}),
    # a teacher works for the school
    ("Ana Ruiz, a physicist who teaches at Velmora University, led the study.",
     {("Ana Ruiz", "worksFor", "Velmora University")}),
    # a parent firm, set off after its name or after the name's possessor
    ("Brenta Holdings Ltd, the parent firm of Kelvo Labs, announced a new board.",
     {("Brenta Holdings Ltd", "owns", "Kelvo Labs")}),
    ("Kelvo Labs said its parent firm, Brenta Corp, is changing its leadership.",
     {("Brenta Corp", "owns", "Kelvo Labs")}),
    # a purchase told by the noun 'buy'; a company agreeing to be bought
    ("Orvane Corp's $1.3 billion buy of Tarvik Labs was announced in late June.",
     {("Orvane Corp", "acquired", "Tarvik Labs")}),
    ("Tarvik Labs this morning announced an agreement to be acquired by Orvane Corp for $525 million.",
     {("Orvane Corp", "acquired", "Tarvik Labs")}),
    # a part owned is a stake
    ("Tarvik Labs, which is partly owned by Orvane Corp, opened a plant.", {("Orvane Corp", "investsIn", "Tarvik Labs")}),
    # a name before a plural head noun after a possessor is of the things, not their maker
    ("Orvane Corp leads the sector with its Tala models, supported by Kelvo Labs.",
     {("Orvane Corp", "develops", "Tala")}),
    # an appointment noun whose 'as' the parser hung on the verb, after an apposition
    ("Orvane Corp has announced the appointment of Tom Hale, co-founder of Kelvo Labs, as the new CEO of Tarvik Labs.",
     {("Tom Hale", "ceoOf", "Tarvik Labs"), ("Tom Hale", "founderOf", "Kelvo Labs")}),
    # a titled speaker of what is quoted about the organization
    ("Orvane Corp will open three plants next year, chief executive Tom Hale said.", {("Tom Hale", "ceoOf", "Orvane Corp")}),
    # 'it' of a company whose name the NER took for a person's in that sentence, an organization's elsewhere
    ("Orvane Capital walked away from a deal with Lima-based start-up Finix. Orvane has left Finix with the money. In "
     "early February, Finix announced that it raised $35m in its Series B funding round. The round was led by Orvane, "
     "with additional participation from Kelvo Capital and Brenta Ventures, among others.",
     {("Kelvo Capital", "investsIn", "Finix"), ("Brenta Ventures", "investsIn", "Finix")}),
    # money raised partly in equity is a round; its backers are the company's
    ("Zentrix Labs, a startup that rents out flats, has raised $100 million ($50 million in equity and $50 million in "
     "debt) to expand. The Series B, which closed in August, was led by Orvane Capital, with participation from Kelvo "
     "Capital.", {("Orvane Capital", "investsIn", "Zentrix Labs"), ("Kelvo Capital", "investsIn", "Zentrix Labs")}),
    # a list of agents the parser read as a name in apposition to the first, then a conjunct
    ("Founded in 2023 by former Orvane researchers Tom Hale, Ana Ruiz, and Li Wei, Zentrix Labs draws its name from a "
     "fish.", {("Tom Hale", "founderOf", "Zentrix Labs"), ("Ana Ruiz", "founderOf", "Zentrix Labs"),
               ("Li Wei", "founderOf", "Zentrix Labs")}),
    # a purchase of a controlling stake is a purchase of the company
    ("Recent deals include Orvane Corp's purchase of controlling stakes in Dutch trader Tarvik Holdings BV.",
     {("Orvane Corp", "acquired", "Tarvik Holdings BV")}),
    # a person 'from' an organization, set off after the name
    ("Tom Hale, from the Velmora Institute for Learning, has served as an adviser to Kelvo Labs.",
     {("Tom Hale", "worksFor", "Velmora Institute for Learning")}),
    # a round's leader told by a participle the parser hung on the raising verb
    ("Tarvik Labs raised $30 million in a seed round in January, led by Orvane Capital and Kelvo Ventures.",
     {("Orvane Capital", "investsIn", "Tarvik Labs"), ("Kelvo Ventures", "investsIn", "Tarvik Labs")}),
    # a title with no organization of its own, in an article about one company that the sentence names as a subject
    # or a possessor
    ("Orvane Corp makes robots. Orvane Corp sold 300 robots in May. Orvane Corp is not disclosing its profit, but "
     "Ana Ruiz, the founder and CEO, said in an interview that sales tripled.", {("Ana Ruiz", "ceoOf", "Orvane Corp")}),
    # a hyphenated participle before a kind of several nouns joined by 'and'
    ("US-based payments and lending services provider Zentrix Labs is acquiring its Nigeria-based portfolio company "
     "Kelvo Labs for more than $200m.", {("Zentrix Labs", "basedIn", "US")}),
    # 'based' written without its hyphen
    ("Similarly, Orvane Corp had acquired a Velmora based AI firm Tarvik Labs in September last year.",
     {("Tarvik Labs", "basedIn", "Velmora")}),
    # a fraction held is a share of that size
    ("Orvane Group, which owns a fifth of Kelvo Labs, will exit.", {("Orvane Group", "investsIn", "Kelvo Labs")}),
    ("Orvane Group owns two-thirds of Kelvo Labs.", {("Orvane Group", "owns", "Kelvo Labs")}),
    ("Orvane Corp took a 10% stake in Kelvo Labs, an investment championed by Tom Hale, Orvane Corp's longtime vice "
     "chairman.", {("Tom Hale", "worksFor", "Orvane Corp")}),
    # a stake in another company secured or received is held by the one who got it
    ("Orvane Mining is investing C$10 million to secure a 3.76% stake in precious metals junior Kelvo Resources.",
     {("Orvane Mining", "investsIn", "Kelvo Resources")}),
    ("Orvane Mining received a 10% stake in Kelvo Resources as part of the deal.",
     {("Orvane Mining", "investsIn", "Kelvo Resources")}),
    # investors a company has attracted, listed
    ("Orvane Mining is investing C$10 million in Kelvo Resources. Kelvo Resources has attracted other Canadian mining "
     "investors, including Brenta Capital, with a C$2 million strategic investment.",
     {("Brenta Capital", "investsIn", "Kelvo Resources")}),
    # the name that ends a named title phrase, the parser having run it into the title's 'of'
    ("National Velmora Bank has named recently departed boss of the Royal Bank of Brenta Tom Hale as its new chief "
     "executive officer.", {("Tom Hale", "ceoOf", "National Velmora Bank")}),
    # a list of titles the parser hung on the first one's organization: each the holder's
    ("Tom Hale is currently chairman of the Velmora Board, president of the Kelvo Association and a member of the "
     "Orvane Forum.", {("Tom Hale", "worksFor", "Kelvo Association")}),
    # a round's backers told of by other words: received investments, a definite deal or amount standing for the
    # round told of, backers named after 'with', companies involved in the funding
    ("Velmora Labs received investments from Orvane Ventures and Tarvik Capital, among other firms.",
     {("Orvane Ventures", "investsIn", "Velmora Labs"), ("Tarvik Capital", "investsIn", "Velmora Labs")}),
    ("Velmora Labs raised $40 million. Zentrix Capital led the deal, bringing its total funding to $42 million.",
     {("Zentrix Capital", "investsIn", "Velmora Labs")}),
    ("Investors made a $30 million investment in drone maker Velmora Labs. Existing funders Tarvik Partners and "
     "Kelvo Ventures also joined in the round.",
     {("Tarvik Partners", "investsIn", "Velmora Labs"), ("Kelvo Ventures", "investsIn", "Velmora Labs")}),
    ("Velmora Labs raised $10 million in May. The $10 million is being led by Orvane Capital.",
     {("Orvane Capital", "investsIn", "Velmora Labs")}),
    ("Orvane Capital led a $1 billion funding round in Velmora Labs with existing backer Tarvik Management.",
     {("Tarvik Management", "investsIn", "Velmora Labs")}),
    ("Velmora Labs raised $20 million in a round led by Orvane, with existing investors Tarvik Partners and Kelvo "
     "Capital.", {("Tarvik Partners", "investsIn", "Velmora Labs"), ("Kelvo Capital", "investsIn", "Velmora Labs")}),
    ("Velmora Labs raised $20 million. Other companies involved in the funding include Orvane Capital and Tarvik "
     "Partners.", {("Orvane Capital", "investsIn", "Velmora Labs"), ("Tarvik Partners", "investsIn", "Velmora Labs")}),
    # a seat on an organization's board: who sits on it works for the organization
    ("Tom Hale serves on the board of Orvane Bank.", {("Tom Hale", "worksFor", "Orvane Bank")}),
    ("Tom Hale has joined the Orvane Bank board.", {("Tom Hale", "worksFor", "Orvane Bank")}),
    ("Tom Hale joined the board of directors of Orvane Bank.", {("Tom Hale", "worksFor", "Orvane Bank")}),
    # the agent of a passive verb, a common noun said to include names: those names
    ("Backed by investors such as Orvane Capital and Kelvo Ventures, Tarvik Labs has raised $10m.",
     {("Orvane Capital", "investsIn", "Tarvik Labs"), ("Kelvo Ventures", "investsIn", "Tarvik Labs")}),
    ("Tarvik Labs was founded by engineers including Tom Hale and Ana Ruiz.",
     {("Tom Hale", "founderOf", "Tarvik Labs"), ("Ana Ruiz", "founderOf", "Tarvik Labs")}),
    # a headline's present that may be to come is no leaving
    ("Orvane CEO Tom Hale retires in March.", {("Tom Hale", "ceoOf", "Orvane")}),
    ("Orvane's chairman, Tom Hale, spoke on Monday.", {("Tom Hale", "worksFor", "Orvane")}),
    # a plural subject whose copula lists its members, as 'include' does
    ("Orvane Breweries' main beer brands are Kelvo Lager, Kelvo Light and Tarvik Lager.",
     {("Orvane Breweries", "owns", "Kelvo Lager"), ("Orvane Breweries", "owns", "Tarvik Lager")}),
    ("Orvane's investors are Kelvo Capital and Tarvik Partners.",
     {("Kelvo Capital", "investsIn", "Orvane"), ("Tarvik Partners", "investsIn", "Orvane")}),
    # 'helped found': a bare infinitive the tagger takes for the past of 'find'
    ("Tom Hale helped found Orvane in 2015.", {("Tom Hale", "founderOf", "Orvane")}),
    ("Tom Hale, who helped found Orvane Labs, spoke on Monday.", {("Tom Hale", "founderOf", "Orvane Labs")}),
    ("Orvane Labs' Zentrix phone will launch in July.", {("Orvane Labs", "develops", "Zentrix")}),
    # where a company comes out of, or is centered
    ("Kelvo Labs, a startup out of Nigeria that operates a bank, has raised $10 million.",
     {("Kelvo Labs", "basedIn", "Nigeria")}),
    ("Zentrix Labs, a startup centered in Oslo, hired researchers.", {("Zentrix Labs", "basedIn", "Oslo")}),
    # a title held in a 'with' clause, at the clause's organization; a backer's rank or time before its title
    ("Kelvo Labs was founded in May, with Tom Hale serving as chief executive.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    ("Kelvo Labs introduced its first model in September, with Tom Hale serving as an initial investor.",
     {("Tom Hale", "investsIn", "Kelvo Labs")}),
    ("Orvane Capital, an early investor in Kelvo Labs, said it was pleased.", {("Orvane Capital", "investsIn", "Kelvo Labs")}),
    # a participle raising money for a round its clause tells of, with no company of its own: the round told of
    ("Velmora Labs raised $30 million in January. This was followed by a Series A round in September, raising $200 "
     "million from a consortium including Orvane Bank, Kelvo Capital and Tarvik Partners.",
     {("Orvane Bank", "investsIn", "Velmora Labs"), ("Tarvik Partners", "investsIn", "Velmora Labs")}),
    # who chairs an organization works for it
    ("Orvane Labs, chaired by Tom Hale and backed by Kelvo Capital, works with Tarvik.",
     {("Tom Hale", "worksFor", "Orvane Labs")}),
    # a title chain stops at words of a phrase the name is no part of
    ("Orvane Labs raised $5 million. Orvane Labs makes models. In a letter to employees and investors, CEO Tom Hale "
     "emphasized the importance of growth.",
     {("Tom Hale", "ceoOf", "Orvane Labs")}),
    # a round in apposition to the amount a company raised is that company's
    ("Velmora Labs has raised $10 million — the biggest seed round ever raised in its region. The $10 million is "
     "being led by Tarvik Global.", {("Tarvik Global", "investsIn", "Velmora Labs")}),
    # a verb joined to one told as past, with a time of its own, is not past with it
    ("Tom Hale previously ran Orvane and now works at Kelvo Group.", {("Tom Hale", "worksFor", "Kelvo Group")}),
    # a stockholder is a shareholder
    ("Orvane Capital, the largest stockholder in Kelvo Systems, said it agreed.",
     {("Orvane Capital", "investsIn", "Kelvo Systems")}),
    # a word of the past only dates an act done once
    ("The move builds on Kelvo Bank's previous acquisition of Tarvik Bank in 2020.",
     {("Kelvo Bank", "acquired", "Tarvik Bank")}),
    # (talks held, and a deal done after them)
    ("Kelvo Systems held talks with Brenta Labs and bought Tarvik Foods.", {("Kelvo Systems", "acquired", "Tarvik Foods")}),
    # all of a company's shares bought: the company bought
    ("Kelvo Systems will acquire all outstanding shares of Tarvik Labs for $45 per share.",
     {("Kelvo Systems", "acquired", "Tarvik Labs")}),
    # a share of a phrase the parser headed by its city is a share of the company the phrase stands for
    ("Orvane Labs said that it will buy 80% of Norvik, Tessaly-based Tarvik Studios in a deal worth $560 million.",
     {("Orvane Labs", "owns", "Tarvik Studios"), ("Tarvik Studios", "basedIn", "Norvik")}),
    # the brands things are made under are made by the maker
    ("Tarvik Industries makes fluid control products and pumps under the Kelvo Roy and Brenta brands.",
     {("Tarvik Industries", "develops", "Kelvo Roy"), ("Tarvik Industries", "develops", "Brenta")}),
    ("Tarvik Industries manufactures the Zentrix drone.", {("Tarvik Industries", "develops", "Zentrix")}),
    # a stake the share makes a majority one is owned (bought, it is an acquisition); a person's is a holding still
    ("Orvane Labs now owns an 80 per cent stake in Kelvo Dynamics.", {("Orvane Labs", "owns", "Kelvo Dynamics")}),
    ("Orvane Labs bought a 57 percent stake in Kelvo Dynamics.",
     {("Orvane Labs", "owns", "Kelvo Dynamics"), ("Orvane Labs", "acquired", "Kelvo Dynamics")}),
    ("In 1988, Tom Hale, a Tessaly businessman, bought a 51 percent share of Kelvo Dynamics to take control.",
     {("Tom Hale", "investsIn", "Kelvo Dynamics")}),
    # who joined a round led by another, in a participle after the leader
    ("Zentrix Labs raised $600 million in a Series C round. The round was led by Orvane Capital, joined by "
     "existing investors such as Kelvo Ventures and Brenta Partners.",
     {("Orvane Capital", "investsIn", "Zentrix Labs"), ("Kelvo Ventures", "investsIn", "Zentrix Labs"),
      ("Brenta Partners", "investsIn", "Zentrix Labs")}),
    # a round told of before that valued 'it' is that company's round
    ("Zentrix Labs, which sells cloud software, became the most valuable startup in Norvik in March when a "
     "$1 billion fundraising valued it at $31 billion. The current round was led by Orvane Capital.",
     {("Orvane Capital", "investsIn", "Zentrix Labs")}),
    # a fund's numeral ends its name after the word that makes it a firm's
    ("Zentrix Labs has raised $600 million from a group of investors led by Orvane's Kelvo Fund II.",
     {("Kelvo Fund II", "investsIn", "Zentrix Labs")}),
    # 'whose' after a definite noun that stands for a company; who reported news is not what the text is about
    ("Zentrix Labs makes cloud software for banks in Norvik. Orvane Media reported last month that Zentrix Labs "
     "was close to raising a new round. The company, whose chief executive is Tom Hale, is among the largest "
     "players in the sector.", {("Tom Hale", "ceoOf", "Zentrix Labs")}),
    # the names a plural object is said to include, the parser hanging the list on the verb or the noun an object of
    # a preposition
    ("Kelvo Systems has bought three startups since 2017, including Zentrix, Brenta Labs and Velmora.",
     {("Kelvo Systems", "acquired", "Zentrix"), ("Kelvo Systems", "acquired", "Brenta Labs"),
      ("Kelvo Systems", "acquired", "Velmora")}),
    ("Kelvo Systems has invested in three startups, including Zentrix Labs and Velmora Inc.",
     {("Kelvo Systems", "investsIn", "Zentrix Labs"), ("Kelvo Systems", "investsIn", "Velmora Inc.")}),
    # 'the bank' stands for a name that ends in the word
    ("Tom Hale joined Kelvo Bank when the bank took over Tarvik Financial in 2004.",
     {("Kelvo Bank", "acquired", "Tarvik Financial")}),
    # a possessor's act with the names it was done to compounded before it
    ("Kelvo Systems listed Tom Hale as a key sponsor of its Zentrix security and Brenta cloud acquisitions.",
     {("Kelvo Systems", "acquired", "Zentrix"), ("Kelvo Systems", "acquired", "Brenta")}),
    ("Orvane's Tarvik takeover was cleared.", {("Orvane", "acquired", "Tarvik")}),
    # 'pioneered' what a company made first
    ("Kelvo Labs had already pioneered products such as Tarvo, to help lawyers draft briefs.",
     {("Kelvo Labs", "develops", "Tarvo")}),
    # a title with no organization in a sentence that names only places is the article's company's
    ("Zentrix Labs will cut 300 jobs this year. Zentrix Labs makes software for banks. About 750 jobs are moving to "
     "the Norvik area and 300 are moving to Tessaly, said spokeswoman Ana Ruiz.", {("Ana Ruiz", "worksFor", "Zentrix Labs")}),
    # the names in apposition to a noun of people, listed 'A, B, and C' (B in apposition to A)
    ("Founded in 2023 by former Kelvo researchers Tom Hale, Ana Ruiz, and Li Wei, Zentrix Labs draws its name from "
     "a fish.", {("Tom Hale", "founderOf", "Zentrix Labs"), ("Ana Ruiz", "founderOf", "Zentrix Labs"),
                 ("Li Wei", "founderOf", "Zentrix Labs")}),
    # (what was done within a period with an end stays done)
    ("Between 2015 and 2018, Kelvo Group invested in Zentrix Labs and bought Brenta Labs.",
     {("Kelvo Group", "investsIn", "Zentrix Labs"), ("Kelvo Group", "acquired", "Brenta Labs")}),
    # 'setup' written as one word, as a verb
    ("Tom Hale, who helped setup Zentrix Labs in 2015 alongside Ana Ruiz, said he was joining Kelvo.",
     {("Tom Hale", "founderOf", "Zentrix Labs"), ("Ana Ruiz", "founderOf", "Zentrix Labs")}),
    # (a description stands for the article's company when its verb acts on another)
    ("Tarvik Grains SA makes animal feed. Two sources said the Brazilian firm bought a 20 percent stake in Kelvo Labs.",
     {("Tarvik Grains SA", "investsIn", "Kelvo Labs")}),
    # a hyphenated title written in capitals, joined to the next title, ends the company's name before it
    ("Zentrix Labs raised $600 million. \"This round will speed our growth,\" said Zentrix Co-founder and CEO Tom Hale.",
     {("Tom Hale", "founderOf", "Zentrix Labs"), ("Tom Hale", "ceoOf", "Zentrix Labs")}),
    # a round a company's journey began with, led by backers in a participle hung on the verb
    ("Zentrix AI makes AI models. Zentrix AI's journey began with a $30 million seed round in January 2024, led by "
     "Orvane Capital and Kelvo Ventures, as reported by the company.",
     {("Orvane Capital", "investsIn", "Zentrix AI"), ("Kelvo Ventures", "investsIn", "Zentrix AI")}),
    # who replaces another, told in the passive; a title joined to the one whose 'of' names the organization
    ("Tom Hale is being replaced as chief executive of Zentrix Labs by Ana Ruiz after he said last September that he "
     "planned to stand down.", {("Ana Ruiz", "ceoOf", "Zentrix Labs")}),
    ("Ana Ruiz will succeed Tom Hale as president and CEO of Zentrix Labs Inc.",
     {("Ana Ruiz", "ceoOf", "Zentrix Labs Inc.")}),
    # what one works for, after a title, is the employer (a region one answers for is no home: see STATES_NOT)
    ("Tom Hale is associate editor for Europe at Kelvo News, reporting on the defense market.",
     {("Tom Hale", "worksFor", "Kelvo News")}),
    ("Tom Hale, a spokesman for Kelvo Corp, declined to comment.", {("Tom Hale", "worksFor", "Kelvo Corp")}),
    # backers listed after a plural noun of those the money came from, the list hung on the verb or the amount
    ("Zentrix Labs had raised $34 million from investors, including Kelvo Capital and Tarvik Ventures.",
     {("Kelvo Capital", "investsIn", "Zentrix Labs"), ("Tarvik Ventures", "investsIn", "Zentrix Labs")}),
    # a firm's name ending in 'Sons' is an organization's, which a majority stake makes an owner
    ("Kelvo Sons has acquired a majority stake in online grocery seller Zentrix.",
     {("Kelvo Sons", "acquired", "Zentrix"), ("Kelvo Sons", "owns", "Zentrix")}),
    # a group's managing director is its chief executive (a managing director alone is a rank: see STATES_NOT)
    ("\"Sales rose,\" said Tom Hale, Group Managing Director of Kelvo Capital.", {("Tom Hale", "ceoOf", "Kelvo Capital")}),
    # the names a title lists are those of whoever has them
    ("Zentrix Labs has backers such as Kelvo Capital and Orvane Partners.",
     {("Kelvo Capital", "investsIn", "Zentrix Labs"), ("Orvane Partners", "investsIn", "Zentrix Labs")}),
    ("Zentrix Labs has employees such as Tom Hale.", {("Tom Hale", "worksFor", "Zentrix Labs")}),
    # a region's head at an organization works there (and lives nowhere the title says: see STATES_NOT)
    ("Ana Ruiz, Asia president at Kelvo Corp, said sales rose.", {("Ana Ruiz", "worksFor", "Kelvo Corp")}),
    ("Tom Hale, the Texas senator, said the fund grew.", {("Tom Hale", "livesIn", "Texas")}),
    # a place of another, after a noun that is no list of both
    ("Brentia is a city of Norvia.", {("Brentia", "locatedIn", "Norvia")}),
    ("Kelvo Corp has offices in Tarvik, Norvia.", {("Tarvik", "locatedIn", "Norvia")}),
    # a city and its region in an opening phrase, the company after it
    ("In Bergen, Vestland, Kelvo makes chips.", {("Bergen", "locatedIn", "Vestland")}),
    ("In Norway, Oslo-based AI developer Kelvo has used Tala to develop models.", {("Kelvo", "basedIn", "Oslo")}),
    # a round 'the round' refers back to, whoever raised it, for those who also joined it
    ("Kelvo Health has raised a US$25m financing round. The round was led by Orvane Capital. Existing investors "
     "Tarvik Ventures and Brenta Fund also participated.",
     {("Tarvik Ventures", "investsIn", "Kelvo Health"), ("Brenta Fund", "investsIn", "Kelvo Health")}),
    # the companies an investor's investments or portfolio companies are said to include
    ("Orvane Capital is a venture firm in Oslo. Its investments in the region include Tarvik, Brenta Labs and Kelvo.",
     {("Orvane Capital", "investsIn", "Tarvik"), ("Orvane Capital", "investsIn", "Kelvo")}),
    ("Orvane Capital's portfolio companies include Tarvik, Brenta Labs and Kelvo.",
     {("Orvane Capital", "investsIn", "Brenta Labs")}),
    ("Orvane said its portfolio company Tarvik had grown.", {("Orvane", "investsIn", "Tarvik")}),
    # a name before a peer's noun is the other party, not the peer: of its own class ('its own TalkGPT rival' says
    # nothing of what TalkGPT is), a company's where the NER says so
    ("Kelvo Labs was founded by former staffers from Orvane, the maker of the TalkGPT artificial intelligence chatbot. "
     "Kelvo Labs has released its own TalkGPT rival, dubbed Tarla.", {("Orvane", "develops", "TalkGPT")}),
    ("Tom Hale joined Kelvo rival Tarvik Corp last year. Kelvo is based in Oslo.",
     {("Tom Hale", "worksFor", "Tarvik Corp"), ("Kelvo", "basedIn", "Oslo")}),
    # the noun between a possessive and the name it hangs on says how the thing is the owner's
    ("Reviews of Kelvo Labs' new phone Tarla were mixed.", {("Kelvo Labs", "develops", "Tarla")}),
    ("Users reach it through Kelvo Labs' e-commerce platform Tarn.", {("Kelvo Labs", "owns", "Tarn")}),
    # (a place before a plural noun that names them, with no list word, is where they are)
    ("Orvane has backed Oslo companies Tarvik and Kelvo Labs.", {("Tarvik", "basedIn", "Oslo")}),
    # a body's noun refers back to a name with the noun in it
    ("Tom Hale joined Kelvo University in 2019. The university is based in Oslo.",
     {("Kelvo University", "basedIn", "Oslo")}),
    # a seat said to be somewhere, its holder's or named after 'of'
    ("Kelvo Corp's headquarters are in London.", {("Kelvo Corp", "headquarteredIn", "London")}),
    ("The headquarters of Kelvo Corp are in London.", {("Kelvo Corp", "headquarteredIn", "London")}),
    ("Kelvo Corp said its headquarters would remain in London.", {("Kelvo Corp", "headquarteredIn", "London")}),
    # a tool a company has is one it makes (kg:possessiveNounCue 'tool')
    ("Kelvo Labs is also in the mix with its Tarla tool, the report said.", {("Kelvo Labs", "develops", "Tarla")}),
    # a seat on an organization's board is a director's there
    ("Tom Hale sits on the board of Kelvo Corp.", {("Tom Hale", "worksFor", "Kelvo Corp.")}),
    ("In addition, Tom Hale and Ana Ruiz will also be on the board of Kelvo Corp.",
     {("Tom Hale", "worksFor", "Kelvo Corp."), ("Ana Ruiz", "worksFor", "Kelvo Corp.")}),
    # titles joined by their own 'and' that the parser hung as two subjects are still one chain
    ("\"Kelvo helps developers write software faster,\" Kelvo CEO and co-founder Tom Hale said.",
     {("Tom Hale", "ceoOf", "Kelvo"), ("Tom Hale", "founderOf", "Kelvo")}),
    ("Kelvo CEO and chairman Tom Hale said.", {("Tom Hale", "ceoOf", "Kelvo")}),
    # a verb that stands against a deal, negated, lets it be
    ("Regulators will not oppose Orvane's acquisition of Tarvik Group.", {("Orvane", "acquired", "Tarvik Group")}),
    ("The court did not block the takeover of Tarvik Group by Orvane.", {("Orvane", "acquired", "Tarvik Group")}),
    # the names an event noun lists after a light verb are what the noun says of them
    ("Kelvo Corp has made several acquisitions in recent years, including Tarvik, Zentrix and Velmora.",
     {("Kelvo Corp", "acquired", "Tarvik"), ("Kelvo Corp", "acquired", "Zentrix"), ("Kelvo Corp", "acquired", "Velmora")}),
    # a phrase set off before the clause is still the verb's own when it has no other
    ("In Tessaly, Kelvo Capital has invested $2 billion since 2019.", {("Kelvo Capital", "investsIn", "Tessaly")}),
    # backers of a round: a 'from' the parser hung on a time phrase; who a round was co-led 'with'; a title noun of
    # backers among the listed names; a definite investment that features backers; who 'also took part', however
    # the source is credited
    ("Tarvik raised Series C funding at the end of 2019 from Kelvo Capital and Brenta Partners.",
     {("Kelvo Capital", "investsIn", "Tarvik"), ("Brenta Partners", "investsIn", "Tarvik")}),
    ("Tarvik, an Oslo-based payments startup, has raised $40 million in new funding. Kelvo Capital co-led the funding with Brenta Partners.",
     {("Kelvo Capital", "investsIn", "Tarvik"), ("Brenta Partners", "investsIn", "Tarvik")}),
    ("Kelvo Capital led Tarvik's Series A round with Brenta Partners.", {("Brenta Partners", "investsIn", "Tarvik")}),
    ("Tarvik, an Oslo-based payments startup, has raised $40 million in new funding. Other backers included Kelvo Capital and the existing funders Brenta Partners and Zentrix Ventures.",
     {("Kelvo Capital", "investsIn", "Tarvik"), ("Brenta Partners", "investsIn", "Tarvik"),
      ("Zentrix Ventures", "investsIn", "Tarvik")}),
    ("Tarvik's investors include Kelvo Capital and the early backers Brenta Partners and Zentrix Ventures.",
     {("Zentrix Ventures", "investsIn", "Tarvik")}),
    ("Tarvik, an Oslo-based payments startup, has raised $40 million in new funding. The fresh investment included the participation of Kelvo Capital, Brenta Partners and Zentrix Ventures.",
     {("Kelvo Capital", "investsIn", "Tarvik"), ("Zentrix Ventures", "investsIn", "Tarvik")}),
    ("Tarvik, an Oslo-based payments startup, has raised $40 million in new funding. Brenta Partners also took part, according to a person familiar with the deal.",
     {("Brenta Partners", "investsIn", "Tarvik")}),
    # money from backers, however it is called
    ("Tarvik, an Oslo-based payments startup, has raised $40 million in new funding. The round included funds from "
     "Kelvo Capital and Brenta Partners.", {("Kelvo Capital", "investsIn", "Tarvik"), ("Brenta Partners", "investsIn", "Tarvik")}),
    # those who joined a round with its backers; a round that saw others take part
    ("Tarvik raised a total of $250 million in its Series E round. Kelvo Capital alongside Brenta Partners, Zentrix "
     "Ventures and existing investors Velmora Capital and Norvik Group participated in this round of funding.",
     {("Brenta Partners", "investsIn", "Tarvik"), ("Zentrix Ventures", "investsIn", "Tarvik"),
      ("Norvik Group", "investsIn", "Tarvik")}),
    ("Tarvik has raised $30 million in a seed round that saw the participation of Oslo-based Kelvo Capital and other "
     "investors like Brenta Partners and Zentrix Ventures.",
     {("Kelvo Capital", "investsIn", "Tarvik"), ("Brenta Partners", "investsIn", "Tarvik"),
      ("Zentrix Ventures", "investsIn", "Tarvik")}),
    ("Tarvik has raised $30 million in a seed round that drew investment from Kelvo Capital.",
     {("Kelvo Capital", "investsIn", "Tarvik")}),
    # a titled agent of a founding holds the title at what was founded; a title's acronym in brackets
    ("Kelvo Labs was founded in 2017 by CEO Tom Hale, a former Orvane employee.",
     {("Tom Hale", "ceoOf", "Kelvo Labs"), ("Tom Hale", "founderOf", "Kelvo Labs")}),
    ("Kelvo Labs Chief Executive Officer (CEO) Tom Hale held a briefing on Monday.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    ("Tarvik, which was founded in 2018 by CEO Tom Hale, Dr. Ana Ruiz, and Prof. Li Wei, has developed a system.",
     {("Tom Hale", "ceoOf", "Tarvik"), ("Ana Ruiz", "founderOf", "Tarvik")}),
    # a plural title set beside names joined by 'and', or beside a noun that names them, is each one's
    ("Tom Hale and Li Wei, co-founders of Kelvo, arrived in Bergen.",
     {("Tom Hale", "founderOf", "Kelvo"), ("Li Wei", "founderOf", "Kelvo")}),
    ("Two young entrepreneurs, Tom Hale and Li Wei, cofounders of online lending marketplace Kelvo, arrived at the "
     "offices.", {("Tom Hale", "founderOf", "Kelvo"), ("Li Wei", "founderOf", "Kelvo")}),
    # a person who launches what an organization's noun names founded it
    ("Ana Ruiz, the former chief technology officer of Orvane, has launched a new artificial intelligence startup, "
     "Tarvik Lab, in a move that surprised many.", {("Ana Ruiz", "founderOf", "Tarvik Lab")}),
    # money supplied or an investment made for a stake; a minority position; a share of the shares of a company
    ("Lovell Partners and The Kelvo Group teamed up to supply $35 million for a non-control stake in Tarvik Systems.",
     {("Lovell Partners", "investsIn", "Tarvik Systems"), ("Kelvo Group", "investsIn", "Tarvik Systems")}),
    ("Orvane Capital agreed to make a joint $1 billion investment for a minority stake in Tarvik Corp., a hotel group.",
     {("Orvane Capital", "investsIn", "Tarvik Corp.")}),
    ("Brenta Capital paid $500 million for a minority position in Tarvik Labs Inc., a drug company.",
     {("Brenta Capital", "investsIn", "Tarvik Labs Inc.")}),
    ("Velmora Bank said on Monday that it was buying 25.1 percent of the shares in Tarvik Systems.",
     {("Velmora Bank", "investsIn", "Tarvik Systems")}),
    # a second title whose 'of' the parser hangs on the first one's organization; the organization before the first
    # title is the second's too ('Co-CEO', a title, no name)
    ("Tom Hale -- founder of Brenta Labs and CEO of Tarvik Corp -- has also invested in the company.",
     {("Tom Hale", "ceoOf", "Tarvik Corp")}),
    ("The deal lifts the value, according to Tom Hale, Kelvo Labs' Executive Vice Chairman and Co-CEO.",
     {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # the names after the copula of a fronted participle of taking part joined the round told of before
    ("Zentrix Labs raised a $20 million Series B led by Brenta Capital. Also participating were, among others, Orvane "
     "Ventures and Kelvo Partners; as well as existing investors Tarvik Capital and Velmora Fund.",
     {("Orvane Ventures", "investsIn", "Zentrix Labs"), ("Velmora Fund", "investsIn", "Zentrix Labs")}),
    # one who has also invested, with no object, invested in what the investment told of before was in
    ("Orvane Holdings has invested in digital bank Tarvik Bank. Kelvo Group has also invested, to take the bank's "
     "capital raise to $180 million.", {("Kelvo Group", "investsIn", "Tarvik Bank")}),
    # the operator of a product made it, as the ontology's develops titles say ('operator')
    ("Kelvo Corp., the operator of Norway's biggest mobile messenger Tarla, said Tuesday that it had bought a stake.",
     {("Kelvo Corp.", "develops", "Tarla")}),
    # a made thing named beside a bare title is no organization the title may be of: the article's company it is
    ("Kelvo Labs is finalizing a $500 million round led by Orvane Capital. Kelvo's user base grew fast. CEO Tom Hale "
     "says the cash will fund hiring and a browser dubbed Tarla.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # the 'of' the parser hangs on the last title of a chain is the first one's too
    ("Tom Hale, CEO and co-founder of Kelvo Labs, said play is social.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # a second object the parser hangs on the first one's date; the purchase of the rest of a company
    ("Kelvo Group bought price comparison site Tarla in 2022 and Norwegian payments company Zenno Pay in 2014.",
     {("Kelvo Group", "acquired", "Tarla"), ("Kelvo Group", "acquired", "Zenno Pay")}),
    ("Kelvo Group last year completed its purchase of the rest of Norway's Tarvik Pharmaceutical Industries.",
     {("Kelvo Group", "acquired", "Tarvik Pharmaceutical Industries")}),
    # the organizations a made thing was developed with made it
    ("Last week Tarvik Labs released Zennix, an Arabic-language model developed with Kelvo University and Orvane "
     "Systems, a chip maker.", {("Kelvo University", "develops", "Zennix"), ("Orvane Systems", "develops", "Zennix")}),
    # a fraction of a company's shares, the company named before the noun
    ("Kelvo Holdings, the investment arm of Norway's state bank, holds about a fifth of Tarvik Foods shares.",
     {("Kelvo Holdings", "investsIn", "Tarvik Foods")}),
    # a majority or controlling shareholder owns the company; a person so named holds a stake
    ("Brenta Holdings will remain the majority shareholder of Orvane Systems after the offer closes.",
     {("Brenta Holdings", "owns", "Orvane Systems")}),
    ("Orvane Systems' controlling shareholder, Brenta Holdings, declined to comment.",
     {("Brenta Holdings", "owns", "Orvane Systems")}),
    ("Tom Hale, who founded the chain, is the majority shareholder of Orvane Stores.",
     {("Tom Hale", "investsIn", "Orvane Stores")}),
    # a list of backers read word by word where the parser hung it wrongly; a place in the sentence is no company
    # the backers may back instead
    ("Orvane Labs raised $12 million in a Series B round. Other backers included an unnamed insurer, the Norwegian "
     "fund Kelvo Capital, and the existing funders Brenta Ventures and Zenno Partners.",
     {("Kelvo Capital", "investsIn", "Orvane Labs"), ("Brenta Ventures", "investsIn", "Orvane Labs"),
      ("Zenno Partners", "investsIn", "Orvane Labs")}),
    ("Orvane Labs raised $12 million in a Series B round. Other backers included Brenta Ventures and Tarvik Capital, "
     "both of Oslo.", {("Brenta Ventures", "investsIn", "Orvane Labs"), ("Tarvik Capital", "investsIn", "Orvane Labs")}),
    # a phrase set off after a name that opens the sentence, the parser making both the subjects of its verb
    ("Tarvik, the gaming company co-founded by Tom Hale, said on Monday it would hire.",
     {("Tom Hale", "founderOf", "Tarvik")}),
    # the successor of one a pronoun stands for takes the post an earlier sentence gives them
    ("Tom Hale, chief executive of Kelvo Labs, will step down. He will be replaced by Ana Ruiz, a long-time company "
     "veteran.", {("Ana Ruiz", "ceoOf", "Kelvo Labs")}),
    # a word that ranks a title is the title's, not the end of the name before it; a word that ends a company's name
    # as well stays the name's
    ("He and Kelvo Research Senior Analyst Tom Hale were discussing the market.",
     {("Tom Hale", "worksFor", "Kelvo Research")}),
    ("He met Kelvo Group CEO Tom Hale in May.", {("Tom Hale", "ceoOf", "Kelvo Group")}),
    # a decision or a move of a company's is the company's doing
    ("Analysts questioned Kelvo Group's decision to pour $20 million into Tarvik Labs.",
     {("Kelvo Group", "investsIn", "Tarvik Labs")}),
    ("Analysts welcomed Kelvo Group's move to acquire Tarvik Labs.", {("Kelvo Group", "acquired", "Tarvik Labs")}),
    # the names a hyphened name ends a list of did what its participle says too
    ("Tarvik, the Kelvo Capital and Orvane Ventures-backed startup, hired 20 engineers.",
     {("Kelvo Capital", "investsIn", "Tarvik"), ("Orvane Ventures", "investsIn", "Tarvik")}),
    ("The round was raised by Norway and Sweden-based event startup Tarvik Labs.",
     {("Tarvik Labs", "basedIn", "Norway"), ("Tarvik Labs", "basedIn", "Sweden")}),
    # the name after a title's 'of' and the words of an organization's kind, however the parser hung them
    ("Prices will fall, said Tom Hale, CEO of AI startup Tarvik Labs.", {("Tom Hale", "ceoOf", "Tarvik Labs")}),
    ("Prices will fall, according to Tom Hale, chief executive of fintech startup Tarvik Labs.",
     {("Tom Hale", "ceoOf", "Tarvik Labs")}),
    # lower-case words that qualify a title in a chain are the title's, no end of the chain
    ("Kelvo Bank President and retail business chief Ana Ruiz hinted at new partnerships.",
     {("Ana Ruiz", "worksFor", "Kelvo Bank")}),
    # a nominee on a company's board works for the company
    ("Tom Hale and Ana Ruiz will sit as nominees on the Tarvik board.",
     {("Tom Hale", "worksFor", "Tarvik"), ("Ana Ruiz", "worksFor", "Tarvik")}),
    # a source a claim is told 'according to' is no pronoun's antecedent
    ("The latest fintech to attract investors is Tarvik Pay. The firm has 3 million users, according to Kelvo News. It "
     "raised $30 million in a Series B round led by Zenno Capital.",
     {("Zenno Capital", "investsIn", "Tarvik Pay")}),
    # one who joins a company's board, named with the company's possessive, joins the company
    ("The company also announced that Tom Hale will join Kelvo's Board of Directors.",
     {("Tom Hale", "worksFor", "Kelvo")}),
    # a phrase set off after the name a copula's preposition governs is about that name, not the subject
    ("Ana Ruiz was formerly of Tarvik, the Bergen-based travel group.", {("Tarvik", "basedIn", "Bergen")}),
    # 'it' as the subject of a sentence before, with no name there, stands for what that one stood for
    ("The latest fintech to attract investors is Tarvik Pay. In May 2019, it raised $2.4 million in a round led by "
     "Kelvo Capital. Seven months later, it raised $6 million in a round led by Zenno Partners.",
     {("Kelvo Capital", "investsIn", "Tarvik Pay"), ("Zenno Partners", "investsIn", "Tarvik Pay")}),
    # ('whose' is a possessor as 'its' is)
    ("Bergen-based Kelvo Systems, whose Velmora software lets companies run many servers, said so.",
     {("Kelvo Systems", "develops", "Velmora")}),
    # a word of nationality before an organization's kind and name, of a place the text names
    ("Kenya is a hub for fintech. Kenyan startup Tarvik raised $5 million on Monday.", {("Tarvik", "basedIn", "Kenya")}),
    ("The deal was signed in Israel. Kelvo agreed to buy a majority stake in Israeli company Orvane Industries.",
     {("Orvane Industries", "basedIn", "Israel")}),
    ("China is a large market. Chinese start-ups Tarvik Labs and Kelvo Systems raised money.",
     {("Tarvik Labs", "basedIn", "China"), ("Kelvo Systems", "basedIn", "China")}),
    # (a country's largest bank is its own)
    ("Kelvo Bank, Norway's largest lender, said so on Monday.", {("Kelvo Bank", "basedIn", "Norway")}),
    # (a place and an organization's kind say where the organization is)
    ("Tarvik Builders, an Oslo construction firm, won the contract.", {("Tarvik Builders", "basedIn", "Oslo")}),
    # a company's possessive after a subject who holds a title at an organization named before it is that one's
    ("Zentrix Labs sells phones. On Monday, Tom Hale, chief executive of Kelvo Systems, gave a demonstration as he "
     "unveiled its Zenchat bot, which can write an email.", {("Kelvo Systems", "develops", "Zenchat")}),
    # (a subject with no such title leaves it to the subject before)
    ("Zentrix Labs sells phones. On Monday, Tom Hale, an analyst, gave a demonstration as he unveiled its Zenchat "
     "bot, which can write an email.", {("Zentrix Labs", "develops", "Zenchat")}),
    # titles written in capitals, with the words that rank them, are no names
    ("Orvane Corp announced the appointment of Tom Hale as the new Executive Vice President and CEO of Kelvo Labs.",
     {("Tom Hale", "ceoOf", "Kelvo Labs")}),
]

# (sentence, facts it must not give)
STATES_NOT = [
    ("In 1953, Tom Hale took over the family business Zentrix Labs and expanded it.",
     {("Tom Hale", "acquired", "Zentrix Labs")}),
    ("Zentrix Labs raised $20 million. The round saw Orvane Capital leave the board.",
     {("Orvane Capital", "investsIn", "Zentrix Labs")}),
    ("Tom Hale, the chief executive of Kelvo and Ana Ruiz, the chair, spoke.", {("Tom Hale", "ceoOf", "Ana Ruiz")}),
    ("Orvane Capital, the prolific tech investor, has confirmed an investment in Zentrix Labs, an online grocery "
     "delivery company. Based in Lima, the grocery delivery startup has grown fast.", {("Orvane Capital", "basedIn", "Lima")}),
    # no report number, no source line
    ("Tom Hale said in Oslo that Zarvia Radio would open in Norway at 2000 GMT.", {("Zarvia Radio", "basedIn", "Oslo")}),
    ("Five years ago Kelvo Group acquired Orvane’s 35% stake in Kenya’s Zarvia.", {("Orvane", "investsIn", "Zarvia")}),
    ("Kelvo Group acquired a 20.6 percent stake in Zarvia together with its founder Tom Hale.",
     {("Tom Hale", "investsIn", "Zarvia")}),
    # (an 'of' inside the doer's own name)
    ("The takeover by the Bank of Brenta was approved by Kelvo Corp.", {("Bank of Brenta", "acquired", "Brenta")}),
    ("Orvane Corp. kept Zarvia as a unit of Brenta Group.", {("Brenta Group", "owns", "Orvane Corp.")}),
    ("In February 2023, Zapline became a payment partner for Starlane, operated by Orvane Corp.",
     {("Orvane Corp.", "owns", "Zapline")}),
    ("Velvet Roads is the first album by the band Kelvo, released in 1982 by Orvane Records.",
     {("Orvane Records", "develops", "Kelvo")}),
    # a share of a market is no stake in a company
    ("Kelvo Corp. lost market share in Brazil to Tarvik Inc.", {("Tarvik Inc.", "investsIn", "Kelvo Corp.")}),
    ("Kelvo Corp. holds a 30% share of the Brazilian market, ahead of Tarvik Inc.",
     {("Kelvo Corp.", "investsIn", "Tarvik Inc.")}),
    # a founding's 'with' that names what it was done with, not who
    ("Li Wei founded Kelvo Labs with money from investors Orvane Capital and Brenta Capital.",
     {("Orvane Capital", "founderOf", "Kelvo Labs"), ("Brenta Capital", "founderOf", "Kelvo Labs")}),
    # a company that sold to a buyer with no date or price: a supplier's trade, no takeover
    ("Zapline Inc. sold to Orvane Corp. in large volumes.", {("Orvane Corp.", "acquired", "Zapline Inc.")}),
    ("The sale of Zapline Inc. products to Orvane Corp. rose last year.", {("Orvane Corp.", "acquired", "Zapline Inc.")}),
    # 'one of' a plural that is no title of the name beside it
    ("Tom Hale, one of the founders' sons, said the deal with Kelvo Labs was good.",
     {("Tom Hale", "founderOf", "Kelvo Labs")}),
    # a stake sold with no word of what it is in: in the seller as often as in a unit of it told of before
    ("Kelvo Corp agreed to sell a 20% stake to Brenta Capital.", {("Brenta Capital", "investsIn", "Kelvo Corp")}),
    ("Kelvo Corp sold its stake in Tarvik Labs to Brenta Capital.", {("Kelvo Corp", "investsIn", "Tarvik Labs")}),
    ("Tarvik Labs, a unit of Zentrix, grew.", {("Tarvik Labs", "basedIn", "Zentrix")}),
    ("Tarvik, the Norway unit of Kelvo Corp, grew.", {("Norway", "owns", "Tarvik")}),
    # a peer's 'of' says nothing of where a company is, to the rules or to the pair classifier
    ("Tarvik, a rival of Brenta, grew.", {("Tarvik", "basedIn", "Brenta")}),
    # the last sentence's subject is no antecedent of 'the company' in an object, nor when a cue made it a place
    ("Vexa Corp. agreed on Monday to buy Kessler Group. Vexa Corp. makes pumps. Kessler Group makes valves. "
     "Tarn Capital invested in the company last year.", {("Tarn Capital", "investsIn", "Kessler Group")}),
    ("Kelvo Corp. makes pumps. Lunavia, a port city, grew fast. The company raised $5 million from Brenta Capital.",
     {("Brenta Capital", "investsIn", "Lunavia")}),
    ("The group plans to merge Orvane's Tarvik Air and Kelvo's Brenta Air and Zentrix Air.",
     {("Orvane", "owns", "Brenta Air")}),
    ("Kelvo bought Tarvik in 2022 and Orvane sold Brenta in 2014.", {("Kelvo", "acquired", "Brenta")}),
    ("Oslo, in which Kelvo owns 10% of the offices, grew.", {("Kelvo", "investsIn", "Oslo")}),
    ("Recently Kelvo bought Tarvik.", {("Recently", "acquired", "Tarvik")}),
    # a noun for a person that is no title says no role at what its 'of' names
    ("Tom Hale, a graduate of Orvane University, founded Kelvo.", {("Tom Hale", "worksFor", "Orvane University")}),
    ("Tom Hale, a fan of Orvane Corp, spoke on Monday.", {("Tom Hale", "worksFor", "Orvane Corp")}),
    # (a fronted description with a determiner is not the name after its comma: 'Kelvo said' is an aside)
    ("The Oslo-based company, Kelvo said, bought Tarvik.", {("Kelvo", "basedIn", "Oslo")}),
    # a role held for a time, told in the past simple, has ended
    ("Kessler Group makes pumps. Before that, Tom Brandt worked for Orbis Labs for 23 years.",
     {("Tom Brandt", "worksFor", "Orbis Labs")}),
    ("Kessler Group makes pumps. Tom Brandt was president of Orbis Labs for seven years.",
     {("Tom Brandt", "worksFor", "Orbis Labs")}),
    # a title of one who has left
    ("Kessler Group makes pumps. Kessler Group's CEO Ana Ruiz stepped down on Monday.",
     {("Ana Ruiz", "ceoOf", "Kessler Group"), ("Ana Ruiz", "worksFor", "Kessler Group")}),
    ("Kessler Group makes pumps. Ana Ruiz, Kessler Group's chief executive, has resigned.",
     {("Ana Ruiz", "ceoOf", "Kessler Group"), ("Ana Ruiz", "worksFor", "Kessler Group")}),
    # (an organization joined to a titled person's shares nothing)
    ("Kelvo Systems co-founder Tom Hale and Tarvik Labs met investors.", {("Tarvik Labs", "founderOf", "Kelvo Systems")}),
    # one who died holds no role (but passing a budget, or not dying, ends nothing)
    ("Tom Hale, Kelvo Systems' longtime chairman, died on Monday.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    ("Kelvo Systems chairman Tom Hale died on Monday.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    ("Tom Hale, Kelvo Systems' chairman, passed away on Monday.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    # (not what comes from a place)
    ("Kelvo Systems imports chips from Norway.", {("Kelvo Systems", "basedIn", "Norway")}),
    ("Kelvo Systems received a grant from Oslo.", {("Kelvo Systems", "basedIn", "Oslo")}),
    ("Kelvo Systems, which buys parts from Norway, grew.", {("Kelvo Systems", "basedIn", "Norway")}),
    # (a permission sought or refused is none)
    ("Kelvo Systems sought approval to buy Tarvik Labs.", {("Kelvo Systems", "acquired", "Tarvik Labs")}),
    ("Kelvo Systems was denied permission to buy Tarvik Labs.", {("Kelvo Systems", "acquired", "Tarvik Labs")}),
    # (not a name given after someone, nor a title of another organization named, nor one no longer held)
    ("Ana Ruiz was named after her grandmother, Kelvo Systems said.", {("Ana Ruiz", "worksFor", "Kelvo Systems")}),
    ("Kelvo Systems makes chips. Kelvo Systems employs 300 people. Ana Ruiz was named chief executive of Tarvik Labs.",
     {("Ana Ruiz", "ceoOf", "Kelvo Systems")}),
    ("Ana Ruiz was never appointed chief executive, Kelvo Systems said.", {("Ana Ruiz", "ceoOf", "Kelvo Systems")}),
    # (not a part of a person's, a place's; not what was founded, nor what an outside firm may manage)
    ("Tom Hale heads Ana Ruiz's campaign.", {("Tom Hale", "worksFor", "Ana Ruiz")}),
    ("Tom Hale runs a bakery at Velmora Airport.", {("Tom Hale", "worksFor", "Velmora Airport")}),
    ("Tom Hale founded Kelvo Systems' cloud business.", {("Tom Hale", "founderOf", "Kelvo Systems")}),
    ("Tom Hale manages Kelvo Systems' pension fund.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    ("Tom Hale formerly headed Kelvo Systems' cloud business.", {("Tom Hale", "worksFor", "Kelvo Systems")}),
    ("Tom Hale, who ran Kelvo Systems' ads business before founding Tarvik Labs, joined Orvane Corp.",
     {("Tom Hale", "worksFor", "Kelvo Systems")}),
    # an interest that is no share: attention, or what a loan costs
    ("Brenta Capital showed interest in Kelvo Systems.", {("Brenta Capital", "investsIn", "Kelvo Systems")}),
    ("Brenta Capital has expressed strong interest in Kelvo Systems.",
     {("Brenta Capital", "investsIn", "Kelvo Systems")}),
    ("Kelvo Systems pays 5% interest to Brenta Capital.", {("Brenta Capital", "investsIn", "Kelvo Systems"),
                                                           ("Kelvo Systems", "investsIn", "Brenta Capital")}),
    # ... the founder's other titles do end
    ("Tom Brandt, Kessler Group's co-founder and chief executive, resigned in May.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Kessler Group co-founder and chief executive Tom Brandt stepped down.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Kessler Group chief executive Tom Brandt stepped down.", {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Tom Brandt, the former co-founder of Kessler Group, joined Orbis Labs.",
     {("Tom Brandt", "founderOf", "Kessler Group")}),
    # a title after 'as' that the role has ended; one no person holds
    ("Dara Okonkwo served as Vexa Corp.'s former chief executive.", {("Dara Okonkwo", "ceoOf", "Vexa Corp.")}),
    ("Oslo served as Vexa Corp.'s main hub.", {("Oslo", "worksFor", "Vexa Corp.")}),
    # backers listed with no round told of before, or with a company of their own
    ("Vexa makes payment apps. Other investors include Tarvik Partners.", {("Tarvik Partners", "investsIn", "Vexa")}),
    ("Vexa raised $5 million in a round. Kelda Labs' investors include Tarvik Partners.",
     {("Tarvik Partners", "investsIn", "Vexa")}),
    ("Vexa raised $50 million in a round. Tom Hale joined.", {("Tom Hale", "investsIn", "Vexa")}),
    ("Vexa makes apps. Tarvik Partners also participated.", {("Tarvik Partners", "investsIn", "Vexa")}),
    ("Vexa won a contract. Tarvik Partners also took part.", {("Tarvik Partners", "investsIn", "Vexa")}),
    ("Zarvia Labs, a unit under pressure from Kessler Group, built the model.",
     {("Kessler Group", "owns", "Zarvia Labs")}),
    # 'the startup' is the name the text called a startup, not the article's company
    ("Kelvo Motors said on Wednesday it was investing $500 million in electric vehicle startup Rivo. GM was "
     "interested in becoming an investor in Rivo, much like Brenta, which led a $700 million investment round in the "
     "startup in February. Kelvo Motors makes vans.", {("Brenta", "investsIn", "Kelvo Motors")}),
    # a stake is in the company, not in the nationality written before its noun
    ("Kelvo Bank is buying a 15 percent stake in Vietnamese partly private bank VIB for an undisclosed sum.",
     {("Kelvo Bank", "investsIn", "Vietnamese")}),
    # the names a plural noun of peers lists are no units
    ("Kelvo Group's rivals, Brenta Labs and Zarvia Labs, grew.", {("Kelvo Group", "owns", "Zarvia Labs")}),
    ("Kelvo Labs makes chips. The campus was inspired by Kelvo Labs' Nova app.",
     {("Kelvo Labs", "headquarteredIn", "Nova")}),
    ("Kelvo Plc will sell its minority stake in Zarvia Telecom to Brenta Group.",
     {("Brenta Group", "acquired", "Zarvia Telecom")}),
    ("Kelvo Labs borrowed $200m, including from Orvane Management.", {("Orvane Management", "investsIn", "Kelvo Labs")}),
    # a share of a place paid for is no holding; nor a share of what is one's own
    ("Kelvo Group paid taxes for 20% of Oslo.", {("Kelvo Group", "investsIn", "Oslo")}),
    ("Kelvo Group paid 20% of its profits for Brenta Telecom.", {("Kelvo Group", "investsIn", "Brenta Telecom")}),
    # a comma and 'and' between a name and a title join no chain to the name
    ("The deal was signed by Kelvo Labs, and CEO Tom Hale said it was good.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # a version of a thing bought is no company bought; a name after a person's noun is no thing of it
    ("Kelvo Institute acquired the latest version of Tala.", {("Kelvo Institute", "acquired", "Tala")}),
    # shares bought somewhere, or its own shares bought back, are no holding in another company
    ("Kelvo Motors bought shares in Oslo.", {("Kelvo Motors", "investsIn", "Oslo")}),
    ("Kelvo Motors bought back its shares from Brenta Motors.", {("Kelvo Motors", "investsIn", "Brenta Motors")}),
    # a kicker is no dateline's place; a subject after a fronted clause is no description of the name before it
    ("EXCLUSIVE (Norvik): Kelvo Labs bought Zarvia Labs.", {("Exclusive", "acquired", "Zarvia Labs")}),
    ("After buying Zarvia, the company grew in Oslo.", {("Zarvia", "basedIn", "Oslo")}),
    # 'like' after a singular noun compares; it lists nothing
    ("Kessler Group, a company like Brenta Labs, grew.", {("Kessler Group", "owns", "Brenta Labs")}),
    ("Kessler Group, an affiliate like Brenta Labs, grew.", {("Brenta Labs", "owns", "Kessler Group")}),
    # a post left, said as a noun 'of' its holder
    ("Kelvo Motors is reorganizing its unit, Kelvo Motors said. Kelvo Motors makes vans. Delays led to the dismissal "
     "of CEO Tom Hale last year.", {("Tom Hale", "ceoOf", "Kelvo Motors")}),
    ("After the resignation of Kelvo chief executive Tom Hale, sales fell.", {("Tom Hale", "ceoOf", "Kelvo")}),
    # a title in capitals is no name: 'Chief Human Resources Officer'
    ("Li Wei will remain in his current role as Chief Human Resources Officer of Kelvo Motors.",
     {("Human Resources Officer", "worksFor", "Kelvo Motors")}),
    ("Technical director Ana Ruiz said sales rose.", {("Ana Ruiz", "worksFor", "Technical")}),
    ("Kelvo Labs raised $5 million in a round led by Zentrix. Orvane Labs made mistakes in the round.",
     {("Orvane Labs", "investsIn", "Kelvo Labs")}),
    ("Kelvo Labs raised $5 million in a round led by Zentrix. Orvane Labs invested in the final round of the cup.",
     {("Orvane Labs", "investsIn", "Kelvo Labs")}),
    # a firm's name with a comma is one name; a list is not
    ("Baker, Velto & Co. advised Kessler Group.", {("Kessler Group", "owns", "Velto")}),
    ("Baker, Velto and Partners advised Kessler Group.", {("Kessler Group", "owns", "Velto")}),
    ("Vexa raised $5 million in a round led by Orbis Capital. Tarvik Partners also took part in the talks.",
     {("Tarvik Partners", "investsIn", "Vexa")}),
    ("Orbis Capital led a $5 million round in Vexa. Kelda Labs raised $9 million from existing investors including "
     "Tarvik Partners.", {("Tarvik Partners", "investsIn", "Vexa")}),
    ("Vexa said analyst Tom Hale of Kelda Partners had praised the deal.", {("Tom Hale", "worksFor", "Vexa")}),
    ("Vexa said analyst Tom Hale expects sales to rise.", {("Tom Hale", "worksFor", "Vexa")}),
    ("The team, including cofounders Ana Ruiz and Tom Hale, met Li Wei of Kelda Labs.",
     {("Ana Ruiz", "founderOf", "Kelda Labs"), ("Tom Hale", "founderOf", "Kelda Labs")}),
    ("Vexa said lawyer Tom Hale had filed a suit against it.", {("Tom Hale", "worksFor", "Vexa")}),
    ("Kelda Labs makes chips. Kelda Labs sells chips in Oslo. Vexa raised $50 million in a round. Other investors "
     "include Tarvik Partners.", {("Tarvik Partners", "investsIn", "Kelda Labs")}),
    ("Kelda Capital invested $5 million in Tarvo Corp, with backing from Orbis Fund.",
     {("Orbis Fund", "investsIn", "Kelda Capital")}),
    ("Tarvo Corp announced a $5 million round of funding for its AI platform Kelda.", {("Tarvo Corp", "investsIn", "Kelda")}),
    ("Vexa Corp netted $5 million from Kelda Labs in a legal settlement.", {("Kelda Labs", "investsIn", "Vexa Corp")}),
    ("Vexa Corp named Ana Ruiz to the CEO job at Kelda Labs.", {("Ana Ruiz", "ceoOf", "Vexa Corp")}),
    ("Kessler Group named Ana Ruiz chief executive of Tarvo Labs.", {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    ("Among Kelda's rivals are Orbis Capital and Birchwood.", {("Orbis Capital", "investsIn", "Kelda")}),
    ("Kelda Labs makes chips. Its founders are not Ana Ruiz and Tom Hale.", {("Ana Ruiz", "founderOf", "Kelda Labs")}),
    ("Kelda Labs makes chips. Its rivals are Orbis Labs and Tarvo.", {("Orbis Labs", "investsIn", "Kelda Labs")}),
    ("Ana Ruiz attended the founding of Kelda Labs.", {("Ana Ruiz", "founderOf", "Kelda Labs")}),
    ("Kelda competed with Orbis Labs to develop the Tala platform.", {("Orbis Labs", "develops", "Tala")}),
    ("Tarn Capital owns 50 cent of Kelda Labs.", {("Tarn Capital", "investsIn", "Kelda Labs")}),
    ("Kelda raised 3 objections from investors such as Orbis Capital.", {("Orbis Capital", "investsIn", "Kelda")}),
    # (from the review of this change: each was read as a fact it is not)
    ("Kelda secured a $50 million contract from Orbis Capital.", {("Orbis Capital", "investsIn", "Kelda")}),
    ("Kelda raised Rs 500 crore in debt from lenders including Orbis Bank.", {("Orbis Bank", "investsIn", "Kelda")}),
    ("Kelda's $30 million investment in a new factory was led by Tom Hale.", {("Tom Hale", "investsIn", "Kelda")}),
    ("Kelda Labs makes chips. Kelda Labs sells them in Oslo. After Orbis Group sold its Tarvo unit to Marlow Inc., "
     "the company grew.", {("Kelda Labs", "owns", "Tarvo")}),
    ("Ana Ruiz quit Orbis in May. Ana Ruiz said the company had treated her badly. Its chief executive, Tom Hale, "
     "declined to comment.", {("Tom Hale", "ceoOf", "Ana Ruiz")}),
    ("Kelda hired new CEO Ana Ruiz and new CFO Tom Hale.", {("Tom Hale", "ceoOf", "Kelda")}),
    ("Kelda hired Orbis CEO Ana Ruiz.", {("Ana Ruiz", "ceoOf", "Kelda")}),
    ("Kelda hired CEO Ana Ruiz away from Orbis.", {("Ana Ruiz", "ceoOf", "Kelda")}),
    ("Kelda worked with Orbis Labs to acquire Tarvo.", {("Orbis Labs", "acquired", "Tarvo")}),
    ("Orbis bought Kelda Oil and Gas.", {("Orbis", "acquired", "Gas")}),
    ("Peter Lindqvist's spokeswoman, Maria Olsen, said he was ill.", {("Maria Olsen", "worksFor", "Peter Lindqvist")}),
    ("Norway CEO Ana Ruiz spoke on Monday.", {("Ana Ruiz", "ceoOf", "Norway"), ("Ana Ruiz", "livesIn", "Norway")}),
    ("Ana Ruiz, chief executive of Norway, spoke on Monday.", {("Ana Ruiz", "ceoOf", "Norway")}),
    ("Norway's chief executive, Tom Hale, spoke.", {("Tom Hale", "ceoOf", "Norway")}),
    ("Tarvo makes an aircraft. eVTOL maker Tarvo grew.", {("Tarvo", "develops", "eVTOL")}),
    ("Orbis Motors makes trucks. Orbis Motors sold 300 trucks in May. Tarvo shares rose 5%, said CEO Ana Ruiz.",
     {("Ana Ruiz", "ceoOf", "Orbis Motors")}),
    ("Vexa Labs makes chips. Vexa Labs sells chips. Orbis also makes batteries. \"Vexa Labs is a fine rival,\" said "
     "CEO Tom Hale.", {("Tom Hale", "ceoOf", "Vexa Labs")}),
    ("Ana Ruiz spoke. Marek raised $5m for his campaign. The round was led by Orbis Capital.",
     {("Orbis Capital", "investsIn", "Marek")}),
    ("Orbis Bank President and Tom Hale met.", {("Tom Hale", "worksFor", "Orbis Bank")}),
    ("Kelda Labs moved to Oslo, in which Orbis Capital took a stake.", {("Orbis Capital", "investsIn", "Oslo")}),
    ("Orbis Capital supplied $35m in funding for its own Tala platform.", {("Orbis Capital", "investsIn", "Tala")}),
    ("Tom Hale joined Kelda Labs with backing from Orbis Capital.", {("Orbis Capital", "investsIn", "Kelda Labs"),
                                                                     ("Orbis Capital", "investsIn", "Tom Hale")}),
    ("Kelda worked with Orbis Labs before it developed the Tala platform.", {("Orbis Labs", "develops", "Tala")}),
    ("The round was led by Orbis Capital. Tarn Labs said conference participants included Kelda Partners.",
     {("Kelda Partners", "investsIn", "Tarn Labs")}),
    ("Kelda Labs makes chips. Kelda Labs sells them in Oslo. Orbis Freight raised $30 million in 2018. Since its "
     "founding in 2015 by Ana Ruiz, Orbis Freight has grown.", {("Ana Ruiz", "founderOf", "Kelda Labs")}),
    ("Kelda hired Orbis CEO Ana Ruiz as an adviser.", {("Ana Ruiz", "ceoOf", "Kelda")}),
    ("Kelda's CEO and a friend, Ana Ruiz, praised Orbis Labs.", {("Ana Ruiz", "ceoOf", "Orbis Labs")}),
    ("Kelda hired former Orbis chief executive Ana Ruiz.", {("Ana Ruiz", "ceoOf", "Kelda")}),
    ("Kelda received a $30 million order from customers such as Orbis Capital.", {("Orbis Capital", "investsIn", "Kelda")}),
    ("Orbis Capital said its $30 million investment in Kelda Labs came from funds such as Tarn Partners.",
     {("Tarn Partners", "investsIn", "Kelda Labs")}),
    ("Kessler Group named Tom Brandt's daughter Ana Ruiz chief executive.", {("Ana Ruiz", "ceoOf", "Tom Brandt")}),
    ("Vexa said Tuesday that former chief executive Ana Ruiz would return.", {("Ana Ruiz", "ceoOf", "Vexa")}),
    ("Vexa Corp promoted Ana Ruiz to its board in May.", {("Ana Ruiz", "ceoOf", "Vexa Corp")}),
    ("Vexa said Tom Hale will succeed Ana Ruiz as soon as May.", {("Tom Hale", "worksFor", "Vexa"),
                                                                   ("Tom Hale", "ceoOf", "Vexa")}),
    ("Vexa Corp's cost of living index Tom Hale built rose.", {("Tom Hale", "worksFor", "Vexa Corp")}),
    # ... not of a place, nor of a pronoun ('its X' in a text about one company is as often a service it runs)
    ("Users flocked to Norway's Tala.", {("Norway", "develops", "Tala")}),
    ("Vexa Labs' Tala unit grew fast.", {("Vexa Labs", "develops", "Tala")}),
    ("Vexa Labs makes chips. Users flocked to its Tala.", {("Vexa Labs", "develops", "Tala")}),
    # a unit's owner acts for it only as the doer of an active verb, and not for a unit it no longer has
    ("A unit of Vexa Corp was acquired by Orbis Capital last year.", {("Orbis Capital", "acquired", "Vexa Corp")}),
    ("A former unit of Vexa Corp bought Kelda Labs last year.", {("Vexa Corp", "acquired", "Kelda Labs")}),
    # 'They were joined by' after something else than a round's backers; money raised that is no round
    ("Vexa raised $40 million on Monday. Orbis Capital and Kelda Partners sued the company. They were joined by "
     "Tarvik Ventures.", {("Tarvik Ventures", "investsIn", "Vexa")}),
    ("Vexa Labs raised $40 million in debt on Monday. Orbis Bank led the new round.",
     {("Orbis Bank", "investsIn", "Vexa Labs")}),
    ("Orbis Capital raised $500 million for its third fund. Tom Hale led the new round.",
     {("Tom Hale", "investsIn", "Orbis Capital")}),
    # 'out of' is 'in' for 'based' only; funding a founder came with is no round in the founder
    ("Orbis Capital invested out of its Kelda Fund.", {("Orbis Capital", "investsIn", "Kelda Fund")}),
    ("Tom Hale founded Kelda Labs with funding from Orbis Capital.", {("Orbis Capital", "investsIn", "Tom Hale")}),
    # a partner of the first verb of a coordination, before the founding verb
    ("Tom Hale worked at Orbis Capital along with Ana Ruiz and co-founded Kelda Labs in 2016.",
     {("Ana Ruiz", "founderOf", "Kelda Labs")}),
    # a possessed name that stands where a company does
    ("Shares of Vexa Labs' Nova rose on Monday.", {("Vexa Labs", "develops", "Nova")}),
    ("Vexa Labs' Nova said on Monday that sales rose.", {("Vexa Labs", "develops", "Nova")}),
    # an acquisition of things a noun of no organizations lists
    ("Vexa Corp's acquisition of new customers such as Kelda Labs lifted sales.",
     {("Vexa Corp", "acquired", "Kelda Labs")}),
    # a state told as past has ended
    ("Tom Hale previously ran Kelda Labs, a cybersecurity startup.", {("Tom Hale", "worksFor", "Kelda Labs")}),
    # 'like' after a singular noun lists nothing
    ("Vexa Labs competes with an Oslo-based firm like no other, Kelda Labs said.", {("Kelda Labs", "basedIn", "Oslo")}),
    # 'moved out of' is no 'based in'; 'Based on' a report says nothing of the subject
    ("Kelda Labs moved out of Oslo last year.", {("Kelda Labs", "basedIn", "Oslo")}),
    ("Based on a report from Oslo, Kelda Labs sold its shops.", {("Kelda Labs", "basedIn", "Oslo")}),
    # ... not one the text says has ended, nor the later chain's own ended organization
    ("Some said that former Vexa CEO and Orbis executive Tom Hale was being considered.",
     {("Tom Hale", "ceoOf", "Vexa")}),
    ("Some said that Vexa CEO and former Orbis executive Tom Hale was being considered.",
     {("Tom Hale", "worksFor", "Orbis")}),
    # a noun of another relation does not act for the name it is of
    ("A partner of Orbis Capital bought Tarvo Inc. last year.", {("Orbis Capital", "acquired", "Tarvo Inc.")}),
    # a name known as something that is no noun of a thing
    ("Kessler Labs hired a man known as Tala Ruiz.", {("Kessler Labs", "develops", "Tala Ruiz")}),
    # partners of another kind than the subject's, or of a verb that states nothing
    ("Tom Hale founded Kelda Labs with Orbis Capital in 2016.", {("Orbis Capital", "founderOf", "Kelda Labs")}),
    ("Tom Hale visited Kelda Labs along with Ana Ruiz.", {("Ana Ruiz", "founderOf", "Kelda Labs"),
                                                          ("Ana Ruiz", "worksFor", "Kelda Labs")}),
    # 'they were joined by' with no round told of; an investment that is no round
    ("Orbis Capital and Kelda Partners signed the letter. They were joined by Tarvik Ventures.",
     {("Tarvik Ventures", "investsIn", "Orbis Capital"), ("Tarvik Ventures", "investsIn", "Kelda Partners")}),
    ("Vexa raised its forecast on Monday. Orbis Capital led the talks. They were joined by Tarvik Ventures.",
     {("Tarvik Ventures", "investsIn", "Vexa")}),
    ("Vexa Labs made a large investment led by Orbis Capital, with participation from Tarvik Ventures.",
     {("Orbis Capital", "investsIn", "Vexa Labs"), ("Tarvik Ventures", "investsIn", "Vexa Labs")}),
    ("Vexa Labs opened in Oslo with a ribbon from Orbis Capital.", {("Orbis Capital", "investsIn", "Vexa Labs")}),
    # a round announced by the one that raised it
    ("Kelda Labs announced a $5 million round of funding on Monday, with Orbis Capital as its lead.",
     {("Kelda Labs", "investsIn", "Orbis Capital"), ("Kelda Labs", "investsIn", "Kelda Labs")}),
    ("Kelda Labs' fund manager was led by Orbis Partners.", {("Orbis Partners", "investsIn", "Kelda Labs")}),
    ("Vexa Labs built the plant with help from Orbis Fund.", {("Orbis Fund", "investsIn", "Vexa Labs")}),
    # a place before a maker title is where the maker is, not what it makes
    ("Vexa said its profit fell as the US mobile phone maker faces shrinking market share.",
     {("Vexa", "develops", "US")}),
    ("Orbis Capital and Kelda Ventures co-led the round, with backing from Lumen Capital.",
     {("Lumen Capital", "investsIn", "Orbis Capital"), ("Lumen Capital", "investsIn", "Kelda Ventures")}),
    ("Kelda Works bought a 5% stake in Tarvo Ltd.", {("Kelda Works", "acquired", "Tarvo Ltd.")}),
    ("Kelda Works holds a controlling stake in Tarvo Ltd.", {("Kelda Works", "acquired", "Tarvo Ltd.")}),
    ("Kelda Stores rejected a takeover of Tarvo Foods.", {("Kelda Stores", "acquired", "Tarvo Foods")}),
    ("Kelda Stores agreed a takeover of Tarvo Foods.", {("Kelda Stores", "owns", "Tarvo Foods")}),
    # 'in' after a title whose property does not take it; a title joined to one of another organization
    ("Ana Ruiz, a director in Oslo, spoke.", {("Ana Ruiz", "worksFor", "Oslo")}),
    ("Ana Ruiz is an investor in Kelda Labs and a lawyer in Oslo.", {("Ana Ruiz", "worksFor", "Kelda Labs")}),
    # money that is no investment: a payment received, a sale's proceeds
    ("Kelda Labs received $5 million from Tarvik Partners in a settlement.",
     {("Tarvik Partners", "investsIn", "Kelda Labs")}),
    ("Kelda Labs raised $5 million from the sale of a plant to Tarvik Partners.",
     {("Tarvik Partners", "investsIn", "Kelda Labs")}),
    # a subsidiary of another company is not the article's company's
    ("Kessler Group makes games. Kessler Group sold more consoles. Orbis, a subsidiary of Tarvo Corp., makes chips.",
     {("Kessler Group", "owns", "Orbis")}),
    # companies in a relation of their own
    ("Kessler Group makes games. Its rivals include Orbis Studios and Tarn Games.",
     {("Kessler Group", "owns", "Orbis Studios"), ("Kessler Group", "owns", "Tarn Games")}),
    ("Kessler Group makes games. Its customers include Orbis Studios and Tarn Games.",
     {("Kessler Group", "owns", "Orbis Studios"), ("Kessler Group", "owns", "Tarn Games")}),
    ("Orbis Group said US lawmakers John Tarn and Ana Ruiz met.", {("US", "owns", "John Tarn")}),
    # a partner in a venture beside a round is no backer of it
    ("Tessaly Labs has secured $120 million in a funding round led by Harbor Partners, with its partner Orrin "
     "Capital building the plant.", {("Orrin Capital", "investsIn", "Tessaly Labs")}),
    # ... but not a name with an owner of its own, nor a company beside a possessed one
    ("Orbis holds stakes in Germany's Delvana Group and India's Tessaly Labs.",
     {("Tessaly Labs", "basedIn", "Germany"), ("India", "locatedIn", "Germany")}),
    ("The report ranked Kessler Group's Tarvo Labs and Orbis Inc. first.", {("Kessler Group", "owns", "Orbis Inc.")}),
    # two companies he holds roles at in the sentence: the title is of neither
    ("Sun Corp makes servers. Sun president Tom Hale, also chairman of Orbis Labs, said he became chief executive.",
     {("Tom Hale", "ceoOf", "Sun Corp"), ("Tom Hale", "ceoOf", "Orbis Labs")}),
    # 'which' is no person
    ("Kessler Corp makes software. Tom Hale, the lawyer of a firm which founded Kessler Corp, spoke.",
     {("Tom Hale", "founderOf", "Kessler Corp")}),
    # a participle that is no cue states nothing ('AI-powered'); a place made nothing
    ("Orbis-powered Tessaly Labs raised money.", {("Orbis", "investsIn", "Tessaly Labs")}),
    ("US-made chips from Tessaly Labs sold well.", {("US", "develops", "Tessaly Labs")}),
    ("Orbis Group said on Monday that Tessaly Labs would invest $2 billion. The deal will lift the Orbis-backed "
     "investor's stake in Vexa Corp to 20%.", {("Orbis", "investsIn", "Vexa Corp")}),
    # a takeover rejected, or not agreed to, is none
    ("Kessler Group rejected a takeover by Orbis Corp.", {("Orbis Corp.", "acquired", "Kessler Group")}),
    ("Kessler Group did not agree to a takeover by Orbis Corp.", {("Orbis Corp.", "acquired", "Kessler Group")}),
    # a person called by a name is no thing
    ("Kessler Labs hired a consultant named Tom Brandt in May.", {("Kessler Labs", "develops", "Tom Brandt")}),
    # 'its' in what is said of A and B is neither of them; a role held is over when its holder has left
    ("Kessler Group makes pumps. Omnia Capital and Birch Partners are among its investors.",
     {("Birch Partners", "investsIn", "Omnia Capital"), ("Omnia Capital", "investsIn", "Birch Partners")}),
    ("Kessler Group reported results. Tom Brandt, who ran Kessler Group, has stepped down.",
     {("Tom Brandt", "worksFor", "Kessler Group")}),
    ("Kessler Group makes pumps. Maria Lenz is one of three people who sued Kessler Group.",
     {("Maria Lenz", "worksFor", "Kessler Group"), ("Maria Lenz", "founderOf", "Kessler Group")}),
    # a role or holding the text says has ended
    ("Former Kessler Group chief executive Tom Brandt joined Veltro Corp. in May.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Tom Brandt", "worksFor", "Kessler Group")}),
    ("Tom Brandt, the former chairman and CEO of Kessler Group, lives in Oslo.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Maria Lenz previously ran Kessler Group for a decade.", {("Maria Lenz", "worksFor", "Kessler Group")}),
    # the child is not the parent, and a place is not made
    ("Brandis Systems' parent company, Kessler Group, reported higher sales.",
     {("Brandis Systems", "owns", "Kessler Group")}),
    ("The Oslo-based maker Kessler Group reported higher sales.", {("Kessler Group", "develops", "Oslo")}),
    ("Kessler Group, which owns stores in cities including Oslo, grew.", {("Kessler Group", "owns", "Oslo")}),
    # a name near a list of founders that is not in it
    ("Kessler Group was founded by Paul Renaud, whose brother Tom Vial works at Veltro Corp.",
     {("Tom Vial", "founderOf", "Kessler Group")}),
    ("Kessler Group said sales rose. Its investors include Veltro Corp. and Omnia Capital. "
     "Its chief executive, Maria Lenz, plans to list the company.",
     {("Maria Lenz", "ceoOf", "Omnia Capital"), ("Maria Lenz", "worksFor", "Omnia Capital")}),
    ("Veltro Corp., Kessler Group's largest shareholder, also buys its vans.",
     {("Kessler Group", "owns", "Veltro Corp."), ("Kessler Group", "investsIn", "Veltro Corp.")}),
    ("Tom Brandt stepped down as chief executive of Kessler Group in April, the company said.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Tom Brandt", "worksFor", "Kessler Group")}),
    ("Tom Brandt, who previously ran Kessler Group as chief executive, lives in Oslo.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    # a role told of someone the sentence says has left
    ("Tom Brandt, who led Kessler Group as chief executive through the sale, has stepped down.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Tom Brandt", "worksFor", "Kessler Group")}),
    ("Kessler Group sold 10% of Brandis Systems last year.",
     {("Kessler Group", "investsIn", "Brandis Systems"), ("Kessler Group", "owns", "Brandis Systems")}),
    ("Kessler Group holds 10% of Brandis Systems.", {("Kessler Group", "owns", "Brandis Systems")}),
    ("Kessler Group, Veltro Corp. and Massachusetts-based Brandis Systems signed the deal.",
     {("Brandis Systems", "basedIn", "Veltro Corp."), ("Brandis Systems", "basedIn", "Kessler Group")}),
    ("Tom Brandt founded Kessler Group with money from Veltro Corp.",
     {("Veltro Corp.", "founderOf", "Kessler Group")}),
    ("Tom Brandt founded Kessler Group with Veltro Corp. as its first customer.",
     {("Veltro Corp.", "founderOf", "Kessler Group")}),
    # a title chain with nothing to tie it to an organization
    ("Chief executive Maria Lenz said the Oslo plant would close.", {("Maria Lenz", "ceoOf", "Oslo")}),
    # a seller is not a buyer, and what was sold is not the buyer's buyer
    ("Veltro Corp. sold Brandis Systems to Kessler Group.",
     {("Veltro Corp.", "acquired", "Brandis Systems"), ("Brandis Systems", "acquired", "Kessler Group")}),
    # a stake someone else holds, and a list of customers
    ("Kessler Group's customers include Veltro Corp. and Omnia Capital.",
     {("Veltro Corp.", "investsIn", "Kessler Group"), ("Omnia Capital", "investsIn", "Kessler Group")}),
    ("Veltro Corp. sold its stake in Kessler Group last year.", {("Veltro Corp.", "investsIn", "Kessler Group")}),
    # a round the subject did not take part in
    ("Omnia Capital said a funding round in Kessler Group had been delayed.",
     {("Omnia Capital", "investsIn", "Kessler Group")}),
    # an appointment at another organization than the one that reported it
    ("Veltro Corp. said Kessler Group had named Maria Lenz as chief executive.",
     {("Maria Lenz", "ceoOf", "Veltro Corp.")}),
    # the article's organization is not the one a sentence names itself, nor one the text says was left
    ("Vexa Corp. agreed to buy Kessler Group on Monday. Vexa Corp. makes pumps. Chief executive Maria Gonzalez of Kessler Group said the deal was fair.",
     {("Maria Gonzalez", "ceoOf", "Vexa Corp."), ("Maria Gonzalez", "worksFor", "Vexa Corp.")}),
    ("Vexa Corp. agreed to buy Kessler Group on Monday. Vexa Corp. makes pumps. Former chief executive Maria Gonzalez said the deal was fair.",
     {("Maria Gonzalez", "ceoOf", "Vexa Corp."), ("Maria Gonzalez", "worksFor", "Vexa Corp.")}),
    # an article about no one organization (its first sentence is about a person; two companies named once)
    ("Maria Gonzalez spoke in Oslo on Monday. Vexa Corp. makes pumps, Kessler Group valves. Chief executive "
     "John Miller said sales rose.", {("John Miller", "ceoOf", "Vexa Corp."), ("John Miller", "ceoOf", "Kessler Group")}),
    # the one succeeded does not hold the title, and an organization that only reports is not the employer
    ("Vexa Corp. said Maria Gonzalez would succeed Tom Brandt as chief executive.",
     {("Tom Brandt", "ceoOf", "Vexa Corp."), ("Maria Gonzalez", "ceoOf", "Tom Brandt")}),
    ("Kessler Group said Maria Gonzalez would join Vexa Corp. as chief executive.",
     {("Maria Gonzalez", "ceoOf", "Kessler Group")}),
    # a deal not yet done is no holding
    ("Vexa Corp. expects to close its acquisition of Kessler Group in May.", {("Vexa Corp.", "owns", "Kessler Group")}),
    ("Vexa Corp. did not complete its takeover of Kessler Group.", {("Vexa Corp.", "owns", "Kessler Group")}),
    # the relative pronoun is the object of its own clause's verb only
    ("Vexa Corp. acquired Kessler Group, which Tom Brandt said was cheap.",
     {("Tom Brandt", "founderOf", "Kessler Group"), ("Tom Brandt", "acquired", "Kessler Group")}),
    # the past of 'find' founds nothing
    ("Tom Brandt found Kessler Group's report useful.", {("Tom Brandt", "founderOf", "Kessler Group")}),
    # roles the text says have ended: a former title after a possessive, 'formerly of', a past perfect with 'since'
    ("Regulators said Kessler Group's former chief executive Maria Lenz could not join the board.",
     {("Maria Lenz", "worksFor", "Kessler Group"), ("Maria Lenz", "ceoOf", "Kessler Group")}),
    ("Maria Lenz, formerly of Kessler Group, joined the panel.", {("Maria Lenz", "worksFor", "Kessler Group")}),
    ("Maria Lenz had run Kessler Group since 2015, when the board picked her.",
     {("Maria Lenz", "worksFor", "Kessler Group"), ("Maria Lenz", "ceoOf", "Kessler Group")}),
    ("Maria Lenz had been Kessler Group's chief executive since 2021, recruiting engineers.",
     {("Maria Lenz", "worksFor", "Kessler Group"), ("Maria Lenz", "ceoOf", "Kessler Group")}),
    # a platform or a bare possessed product is owned, not made; what one is the maker of is no place it is in;
    # a name that heads another name is no cue noun of the name before it; 'behind' a deal or an attack makes
    # nothing; 'the maker' with no company named before it is nobody
    ("Kessler Labs keeps advancing its e-commerce platform Tarvo.", {("Kessler Labs", "develops", "Tarvo")}),
    ("Morrow Inc owns Rockpine Games, maker of Grand Slam Racer, and will fold it into its label.",
     {("Rockpine Games", "basedIn", "Grand Slam Racer")}),
    ("Skyfall maker Brightwave Games said sales rose.", {("Brightwave Games", "develops", "Brightwave Games")}),
    ("Police said Tom Brandt of Kessler Group was behind the attack on the Veltro Corp. office.",
     {("Tom Brandt", "develops", "Veltro Corp."), ("Kessler Group", "develops", "Veltro Corp.")}),
    ("The maker of Tarvix said it would cut jobs.", {("Tarvix", "develops", "Tarvix")}),
    # what was only tried, or rejected, or a deal someone else struck; a role held until a past year
    ("Brightwave Holdings tried to buy Tarvo Systems.", {("Brightwave Holdings", "acquired", "Tarvo Systems")}),
    ("Brightwave Holdings refused to buy Tarvo Systems.", {("Brightwave Holdings", "acquired", "Tarvo Systems")}),
    ("Brightwave Holdings opposed a deal by Morrow Capital to buy Tarvo Systems.",
     {("Brightwave Holdings", "acquired", "Tarvo Systems")}),
    ("Tom Brandt was chief executive of Brightwave Holdings until 2019.",
     {("Tom Brandt", "ceoOf", "Brightwave Holdings"), ("Tom Brandt", "worksFor", "Brightwave Holdings")}),
    # backers listed in a sentence about no round are not the article's company's
    ("Vexa Corp. said on Monday it had hired engineers. Vexa Corp. makes phones. Backers including Morrow "
     "Ventures sold shares of Kessler Group.", {("Morrow Ventures", "investsIn", "Vexa Corp.")}),
    # a dateline that opens the story's first sentence states nothing
    ("SHENZHEN, China (Norvik) - Vexa Corp. said on Monday it would hire.",
     {("Norvik", "basedIn", "Shenzhen"), ("Norvik", "basedIn", "China")}),
    # a role left in the past, or a plan to leave that was past
    ("Tom Brandt planned to retire as chief executive of Vexa Corp. in 2020.", {("Tom Brandt", "ceoOf", "Vexa Corp.")}),
    # what a passive's agent did with the help of another is not the other's act
    ("Vexa Corp. was founded by Tom Brandt with money from Kessler Group.", {("Kessler Group", "founderOf", "Vexa Corp.")}),
    ("Vexa Corp. was acquired by Kessler Group with help from Tom Brandt.", {("Tom Brandt", "acquired", "Vexa Corp.")}),
    # a name that only says of what a possessed noun is, is not possessed
    ("Shares of Vexa Corp. jumped in their New York Stock Exchange debut.",
     {("Vexa Corp.", "owns", "New York Stock Exchange")}),
    ("Kessler Group said on Monday it had sued William Tan, who remains chairman of a rival.",
     {("William Tan", "worksFor", "Kessler Group")}),
    # capitalised common words the NER leaves unlabelled are no names, whatever their place in the sentence
    ("Analysts at Delvana Group said Growth would slow, and Demand fell. In Trading on Monday, Delvana Group "
     "shares rose.", {("Growth", "worksFor", "Delvana Group"), ("Demand", "worksFor", "Delvana Group")}),
    # some of a company's shares are no acquisition; an investment received is the giver's; a count that ended
    ("Brightwave Technologies bought shares of Fjordline Systems last year.",
     {("Brightwave Technologies", "acquired", "Fjordline Systems")}),
    ("Kestrel Motors received a $50 million investment from Brightwave Technologies.",
     {("Kestrel Motors", "investsIn", "Brightwave Technologies")}),
    ("Kestrel Motors counts Fjordline Capital as a rival.", {("Fjordline Capital", "investsIn", "Kestrel Motors"),
                                                            ("Fjordline Capital", "worksFor", "Kestrel Motors")}),
    ("Kestrel Motors once counted Fjordline Capital as a backer.",
     {("Fjordline Capital", "investsIn", "Kestrel Motors")}),
    ("Brightwave Technologies hired Daniel Okafor to serve lunch as a favour.",
     {("Daniel Okafor", "worksFor", "Brightwave Technologies")}),
    # the place a headquarters moved from, or something else moved to
    ("Vexa Corp moved its headquarters from Singapore to San Jose, California, in 2018.",
     {("Vexa Corp", "headquarteredIn", "Singapore"), ("Vexa Corp", "basedIn", "Singapore")}),
    ("Vexa Corp moved its factory from Oslo to Bergen.", {("Vexa Corp", "headquarteredIn", "Bergen")}),
    # nationalities stay out
    ("The Chinese firm Vexa Corp hired Norwegians and Swedes.", {("Norwegians", "worksFor", "Vexa Corp")}),
    # a co-owner does not own the whole
    ("Vexa Corp, a co-owner of Orrin Company, said sales rose.", {("Vexa Corp", "owns", "Orrin Company")}),
    # ... not another name before it
    ("Nuvo Group is controlled by Orrin Holdings, which in December completed its takeover of Catalon.",
     {("Nuvo Group", "acquired", "Catalon"), ("Nuvo Group", "owns", "Catalon")}),
    ("Kestrel Group makes chips. Vexa Corp moved its headquarters from Singapore to San Jose in 2018.",
     {("Kestrel Group", "headquarteredIn", "San Jose")}),
    # titles of people who are only met are nobody's
    ("Ana Ruiz met the CEO of Vexa Corp and the chairman of Kestrel Group.",
     {("Ana Ruiz", "ceoOf", "Vexa Corp"), ("Ana Ruiz", "worksFor", "Kestrel Group"),
      ("Ana Ruiz", "worksFor", "Vexa Corp")}),
    # a seller is no investor; a stake in a place is none; a wish, a denial or 'no' states nothing
    ("Vexa Corp bought a 10% stake in Orrin Labs from Elm Partners.", {("Elm Partners", "investsIn", "Orrin Labs")}),
    ("Vexa Corp praised the investment in Kestrel Motors by Orrin Capital.",
     {("Vexa Corp", "investsIn", "Kestrel Motors")}),
    ("Vexa Corp announced a $5.7 billion investment in India on Wednesday.", {("Vexa Corp", "investsIn", "India")}),
    ("Vexa Corp needs an investment from Orrin Capital to survive.", {("Orrin Capital", "investsIn", "Vexa Corp")}),
    ("Vexa Corp did not receive any investment from Orrin Capital.", {("Orrin Capital", "investsIn", "Vexa Corp")}),
    ("Vexa Corp has no stake in Orrin Labs.", {("Vexa Corp", "investsIn", "Orrin Labs")}),
    ("Vexa Corp did not buy Orrin Labs.", {("Vexa Corp", "acquired", "Orrin Labs")}),
    ("Ana Ruiz was formerly CFO of Orrin Labs.", {("Ana Ruiz", "worksFor", "Orrin Labs")}),
    # a regional headquarters is not the headquarters
    ("Vexa Corp's European headquarters in Dublin employs 500 people.", {("Vexa Corp", "headquarteredIn", "Dublin")}),
    # a nationality with an article describes a person; a ticker after its exchange is no name
    ("Vexa Corp's chief executive, a Republican, met Orrin Labs.", {("Republican", "ceoOf", "Vexa Corp")}),
    # the nearest round is the one meant; borrowed money is no stake
    ("Kestrel Motors raised $40 million in a Series B round last year. Its rival Orrin Labs closed a round this "
     "week. The round was led by Harbor Ventures.", {("Harbor Ventures", "investsIn", "Kestrel Motors")}),
    ("Vexa Corp raised $300 million in debt financing. The financing was led by Harbor Bank.",
     {("Harbor Bank", "investsIn", "Vexa Corp")}),
    # rounds of something else than money
    ("Vexano Inc raised prices in a round of cuts. The round was led by Harbor Ventures.",
     {("Harbor Ventures", "investsIn", "Vexano Inc")}),
    ("Harbor Ventures led a round of talks in Vexano Inc.", {("Harbor Ventures", "investsIn", "Vexano Inc.")}),
    # 'whose' in a clause about one name is not another's
    ("Vexa Corp. bought Kessler Group, whose Orbix software runs servers.", {("Vexa Corp.", "develops", "Orbix")}),
    # a round nobody is said to have raised, or a round of something else
    ("Vexano Inc said sales rose. The round was led by Harbor Ventures.", {("Harbor Ventures", "investsIn", "Vexano Inc")}),
    ("Vexano Inc lost a boxing match. The third round was won by Elmstone Capital.",
     {("Elmstone Capital", "investsIn", "Vexano Inc")}),
    # a board is no organization of its own; a ticker's exchange is no name in the sentence
    ("Brightwave Technologies said its Board of Directors has named Daniel Okafor as chief executive officer.",
     {("Daniel Okafor", "ceoOf", "Board of Directors"), ("Brightwave Technologies", "owns", "Board of Directors")}),
    ("Brightwave Technologies (NYSE:BWT) CEO Maria Lopez said the deal was good.",
     {("Maria Lopez", "worksFor", "NYSE"), ("Maria Lopez", "ceoOf", "NYSE")}),
    # a role the verb says was held before; a rival named with a possessive is not owned
    ("Daniel Okafor was formerly CEO of Fjordline Systems.", {("Daniel Okafor", "ceoOf", "Fjordline Systems"),
                                                             ("Daniel Okafor", "worksFor", "Fjordline Systems")}),
    ("Brightwave Technologies has agreed to buy its rival Kestrel Motors.",
     {("Brightwave Technologies", "owns", "Kestrel Motors")}),
    ("Brightwave's largest customer, Kestrel Motors, cut orders.", {("Brightwave", "owns", "Kestrel Motors")}),
    # (the organization a title names is whose title it is, not the one that named the holder)
    ("Kessler Group on Monday named Tom Brandt as the new president and CEO of Orbis Labs, its software unit.",
     {("Tom Brandt", "ceoOf", "Kessler Group")}),
    # (an organization announced as a partner holds no title)
    ("Kessler Group announced Orbis Labs as its new partner.", {("Orbis Labs", "worksFor", "Kessler Group")}),
    # (one replaced has left; one to be replaced has not: see STATES)
    ("Ana Ruiz replaced Kessler Group chief executive Tom Brandt in May.", {("Tom Brandt", "ceoOf", "Kessler Group")}),
    # (a successor is not the one replaced; replacing things or not replacing anyone gives no title)
    ("Kessler Group dismissed chief executive Tom Brandt on Monday and named Ana Ruiz, head of its coffee "
     "business, to replace him with immediate effect.", {("Tom Brandt", "ceoOf", "Kessler Group")}),
    ("Kessler Group said Ana Ruiz would not replace chief executive Tom Brandt.",
     {("Ana Ruiz", "ceoOf", "Kessler Group")}),
    ("Kessler Group will replace its old pumps with new ones made by Orbis Labs.",
     {("Kessler Group", "ceoOf", "Orbis Labs"), ("Orbis Labs", "ceoOf", "Kessler Group")}),
    # a role held before something has ended
    ("Kessler Group makes pumps. Before that, Tom Brandt was president of Orbis Labs.",
     {("Tom Brandt", "worksFor", "Orbis Labs")}),
    ("Kessler Group makes pumps. Tom Brandt was president of Orbis Labs before joining Kessler Group.",
     {("Tom Brandt", "worksFor", "Orbis Labs")}),
    # a role one was removed from has ended
    ("Kessler Group makes pumps. Kessler Group dismissed chief executive Tom Brandt on Monday.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Tom Brandt", "worksFor", "Kessler Group")}),
    ("Kessler Group makes pumps. Tom Brandt was ousted as chief executive of Kessler Group in May.",
     {("Tom Brandt", "ceoOf", "Kessler Group"), ("Tom Brandt", "worksFor", "Kessler Group")}),
    # what a sum was led by is no backer unless the sum was raised as funding; a protest is no round
    ("Tarvo raised $300 million, a sum led by its sales team in Kelda.", {("Kelda", "investsIn", "Tarvo")}),
    ("The Tarvo protest was led by Orbis Capital and joined by others such as Kelda.",
     {("Orbis Capital", "investsIn", "Tarvo"), ("Kelda", "investsIn", "Tarvo")}),
    ("Vexa poured concrete into the Tarvo foundations.", {("Vexa", "investsIn", "Tarvo")}),
    # (a hyphenated place says where the noun after it is, not a name after a verb)
    ("The Oslo-based firm said Tarvo Labs would grow.", {("Tarvo Labs", "basedIn", "Oslo")}),
    # (a deal announced or approved by any but its buyer or the buyer's board is the buyer's)
    ("The Norvian Commission approved the acquisition of Tarvo Labs.",
     {("Norvian Commission", "acquired", "Tarvo Labs")}),
    ("Kelda Group announced Orbis Capital's acquisition of Tarvo Labs.", {("Kelda Group", "acquired", "Tarvo Labs")}),
    ("Kelda Group welcomed the acquisition of Tarvo Labs by Orbis Capital.",
     {("Kelda Group", "acquired", "Tarvo Labs")}),
    # (one of the things a company has is no company: 'one of its brands')
    ("Kelda sold one of its brands to Orbis Capital.", {("Orbis Capital", "acquired", "Kelda")}),
    # (a founder's title says what it says, not 'Ana Ruiz of Orbis Labs': no work for it)
    ("Other investors were Ana Ruiz, co-founder of Orbis Labs, and Tom Hale.", {("Ana Ruiz", "worksFor", "Orbis Labs")}),
    # (the company a phrase in apposition names is the name it follows, not the last one named before)
    ("The EU wants rules. US media has already cited it as a potential rival to Orvane, the company behind Tala.",
     {("EU", "develops", "Tala"), ("US", "develops", "Tala")}),
    # ('he' is no company the NER took for a person in one sentence: a name with a company's suffix elsewhere)
    ("Velora Holdings makes chips. Velora is led by chief executive Li Wei, who previously worked for Orbis Labs. "
     "There, he helped develop Tala, a spying software.", {("Velora Holdings", "develops", "Tala")}),
    # (the city is in the region, not in the company based there)
    ("Kelda said it will pay $36 a share for Dublin, California-based Tarvo, known as TarvoCloud.",
     {("Dublin", "locatedIn", "Tarvo")}),
    # (a description in a clause whose subject is a company, or a pronoun standing for one, is another company)
    ("Kelda makes chips. Kelda said it would invest $750m in Tarvo as part of an offering for the Lima-based "
     "retailer.", {("Kelda", "basedIn", "Lima")}),
    ("Kelda makes chips. Orbis said it had sold its stake in the Lima-based company.", {("Orbis", "basedIn", "Lima")}),
    # (a round is not the raiser's founder's; a role left is no role, told with the post left; a counterfactual;
    # debt raised; a fronted phrase before the subject is no apposition; department words are no names)
    ("Ana Ruiz’s artificial intelligence startup, Kelvex, has raised billions of dollars from investors. Early "
     "Monday, the startup behind the Tala AI chatbot announced it had secured $6 billion in funding from investors "
     "in a Series B round. Some investors include Orbis Capital, Birch Partners, and Talvor Equity Partners.",
     {("Orbis Capital", "investsIn", "Ana Ruiz"), ("Orbis Capital", "investsIn", "Tala AI")}),
    ("Kelda’s new CEO Tom Hale left the role less than two weeks after being appointed, with no reason provided.",
     {("Tom Hale", "ceoOf", "Kelda"), ("Tom Hale", "worksFor", "Kelda")}),
    ("Kelda Group makes chips. And no doubt Kelda Group wished that it had acquired Tarvo Labs by now.",
     {("Kelda Group", "acquired", "Tarvo Labs")}),
    ("Kelda Labs also raised debt financing from Orbis Bank.", {("Orbis Bank", "investsIn", "Kelda Labs")}),
    ("Head of Operations in Brazil, Kelda will enable its service there in May.",
     {("Brazil", "locatedIn", "Kelda"), ("Operations", "locatedIn", "Brazil")}),
    ("Compared to the chips used by Orbis or Kelda, Tarvo is faster.", {("Kelda", "locatedIn", "Tarvo")}),
    ("Orbis Capital bought a stake in Tarvo – Kelda Labs said on Monday.",
     {("Orbis Capital", "investsIn", "Tarvo – Kelda Labs")}),
    # (a minority share is no ownership; companies forming a venture found nothing; a person forms no company by
    # forming a team)
    ("Kelda, which is 30%-owned by Orbis Group, grew.", {("Orbis Group", "owns", "Kelda")}),
    ("Ana Ruiz formed a new team at Kelda Labs.", {("Ana Ruiz", "founderOf", "Kelda Labs")}),
    # (a round's participation told of no round is none; 'VC' is no name)
    ("Kelvex makes chips. The conference drew participation from Orbis Capital and Birch Partners.",
     {("Orbis Capital", "investsIn", "Kelvex"), ("Birch Partners", "investsIn", "Kelvex")}),
    ("Kelvex Labs makes chips. The startup raked in $500 million in a series B funding round led by VC firms Orbis "
     "Crest and Birch Awareness LP.", {("VC", "investsIn", "Kelvex Labs")}),
    # (from the review) an executive launching a product founds nothing; another's deal announced; a round's
    # announcement by one not said to raise it; a title 'at' a name is no home
    ("Kelvora Group chief executive Ana Ruiz launched Zentra in Berlin on Tuesday.",
     {("Ana Ruiz", "founderOf", "Zentra")}),
    ("Nexiro Foods announced the acquisition of Sorrel Foods Ltd by a consortium led by Brannock Capital.",
     {("Nexiro Foods", "acquired", "Sorrel Foods Ltd")}),
    ("Marlow Times' announcement of a round led by Orlin Ventures surprised readers.",
     {("Orlin Ventures", "investsIn", "Marlow Times")}),
    ("Ravi Menon, VP at Kredo, said sales rose.", {("Ravi Menon", "livesIn", "Kredo")}),
    ("Kelvora, one of Africa's biggest media groups which owns Tala TV, reported a loss.",
     {("Kelvora", "livesIn", "Africa")}),
    # (where a company operates is not where it is based)
    ("Kelda Rides, which started in Cairo and also operates in Alexandria and Nairobi, raised $5 million.",
     {("Kelda Rides", "basedIn", "Alexandria"), ("Kelda Rides", "basedIn", "Nairobi")}),
    # (paying a company for a service, or for a stake in it, buys no company)
    ("Kelda paid Tarvo Labs $5 million for its services.", {("Kelda", "acquired", "Tarvo Labs")}),
    ("Kelda will pay $450 million for a stake in Tarvo Labs.", {("Kelda", "acquired", "Tarvo Labs")}),
    # (a former backer of the companies a noun lists backs them no more)
    ("Orbis Capital, a former backer of companies including Kelda and Tarvo Labs, said it would grow.",
     {("Orbis Capital", "investsIn", "Kelda"), ("Orbis Capital", "investsIn", "Tarvo Labs")}),
    # (what one only looks or aims to do is not done)
    ("Kelda Group said it was not looking to control Tarvo Labs.", {("Kelda Group", "owns", "Tarvo Labs")}),
    ("Kelda Group is looking to buy Tarvo Labs.", {("Kelda Group", "acquired", "Tarvo Labs")}),
    ("Kelda Group aims to acquire Tarvo Labs by May.", {("Kelda Group", "acquired", "Tarvo Labs")}),
    # (a person who launches a product founds no company)
    ("Kelvex Labs makes phones. Ana Ruiz launched the Tala app in May.", {("Ana Ruiz", "founderOf", "Tala")}),
    # (the chief technical officer is no chief executive)
    ("Co-founded in 2016 by Ana Ruiz, the Chief Executive Officer and Tom Hale, the Chief Technical Officer, Kelvex "
     "is a technology company that makes payments easy.", {("Tom Hale", "ceoOf", "Kelvex")}),
    # (who leads one body is not in it, unless the body is of several)
    ("Kelvex raised $30 million from a unit led by Orbis Partners.", {("Orbis Partners", "investsIn", "Kelvex")}),
    # ('with funding from' outside a round of funding says nothing of one)
    ("Kelvex finished a round of talks with funding from Tarvo Capital.", {("Tarvo Capital", "investsIn", "Kelvex")}),
    # (a person set off by commas after another's title holds no title at them)
    ("The panel heard Tom Hale, chief executive, Ana Ruiz and Ed Park.", {("Tom Hale", "worksFor", "Ana Ruiz"),
                                                                         ("Tom Hale", "ceoOf", "Ana Ruiz")}),
    # (a parenthesis after a common noun is not about the name before it)
    ("Orvane sold its chip unit (acquired by Nexiro Labs in 2019) last year.", {("Nexiro Labs", "acquired", "Orvane")}),
    # (names after the parenthesis in another sentence are no backers)
    ("Kelvo Labs had raised around $5 million. Its backers include Archer Digital Ventures (the investment arm of "
     "media company Archer). Orvane Corp, Marel & Cie and SD Ventures are rivals.",
     {("Marel & Cie", "investsIn", "Kelvo Labs"), ("SD Ventures", "investsIn", "Kelvo Labs"),
      ("Orvane Corp", "investsIn", "Kelvo Labs")}),
    # (money borrowed told of before is no round, whatever the borrower's name)
    ("Kelvo Labs raised $40 million in debt last month. The round was led by Orbis Capital.",
     {("Orbis Capital", "investsIn", "Kelvo Labs")}),
    # (a body of a country is an organization of its own, and no home of its chair)
    ("Olu Adeyemi, chairman of Kenya's National Board for Tea Research, spoke.", {("Olu Adeyemi", "livesIn", "Kenya")}),
    # (a share bought short of the whole, or all of one held, is no acquisition told of)
    ("Vexa Group bought 60 percent of Kelvo Labs last year.", {("Vexa Group", "acquired", "Kelvo Labs")}),
    ("Vexa Group owns 100 percent of Kelvo Labs.", {("Vexa Group", "acquired", "Kelvo Labs")}),
    ("Dana Voss, chair of Vexa’s National Board, said the group was pleased.",
     {("Dana Voss", "worksFor", "National Board"), ("Vexa", "owns", "National Board")}),
    # (from a review of the rules above, each a reading they gave before they were narrowed)
    ("Ana Ruiz took part in the final round of the Kestrel Cup in Oslo.", {("Ana Ruiz", "investsIn", "Kestrel Cup")}),
    ("Velto Labs joined the second round of the Doha Talks.", {("Velto Labs", "investsIn", "Doha Talks")}),
    ("Velto Labs raised $5 million last year. Participants in the latest round of talks included Kestrel and Tarvo.",
     {("Kestrel", "investsIn", "Velto Labs"), ("Tarvo", "investsIn", "Velto Labs")}),
    ("Velto Labs lost a lawsuit to Kestrel Group. Kestrel Group got the money from Velto Labs.",
     {("Velto Labs", "investsIn", "Kestrel Group")}),
    ("Velto Labs borrowed $5 million. It got the cash from Kestrel Bank.", {("Kestrel Bank", "investsIn", "Velto Labs")}),
    ("Velto Labs was founded under President Tom Hale.", {("Tom Hale", "worksFor", "Velto Labs")}),
    ("Velto Labs collapsed under chief executive Tom Hale, who was fired in 2020.",
     {("Tom Hale", "ceoOf", "Velto Labs")}),
    ("Varen Ventures once invested in Velto Labs but exited in 2019.", {("Varen Ventures", "investsIn", "Velto Labs")}),
    ("Regulators blocked Kestrel Group's purchase of a stake in Velto Labs.",
     {("Kestrel Group", "investsIn", "Velto Labs")}),
    ("Regulators approved the Kestrel-backed Velto bid for Tarvo.", {("Kestrel", "investsIn", "Velto")}),
    ("Velto Labs raised $5 million in a round led by Lumen Partners. Regulators in Kenya were involved, as was Kestrel "
     "Bank as adviser.", {("Kestrel Bank", "investsIn", "Velto Labs")}),
    ("Kestrel Capital led a $5 million round in Tarvo Labs. Its investors include pension funds Orvane and Velto Trust.",
     {("Orvane", "investsIn", "Tarvo Labs"), ("Velto Trust", "investsIn", "Tarvo Labs")}),
    # (a stake sold, told as a noun)
    ("Orvane Fund announced the sale of its stake in Velto Labs.", {("Orvane Fund", "investsIn", "Velto Labs")}),
    # (involved in nothing told of)
    ("Velto Labs makes chips. Orvane Capital was involved, as was Kestrel Partners.",
     {("Orvane Capital", "investsIn", "Velto Labs"), ("Kestrel Partners", "investsIn", "Velto Labs")}),
    # (not 'under' something other than a leader's lead)
    ("Velto Labs was sold under the rules of analyst Tom Hale.", {("Tom Hale", "worksFor", "Velto Labs")}),
    # (a round of something else; a role held before has ended, as an investment made before has not)
    ("Varen Ventures joined a round of talks with Velto Labs.", {("Varen Ventures", "investsIn", "Velto Labs")}),
    ("Varen Ventures previously ran Velto Labs.", {("Varen Ventures", "owns", "Velto Labs")}),
    # (a noun that lists names said of no title)
    ("Velto Labs' rivals are tech giants such as Orvane Capital.", {("Orvane Capital", "investsIn", "Velto Labs")}),
    # (a series of other things)
    ("Kelvo Labs sold a Series A truck to Tarvo Capital.", {("Tarvo Capital", "investsIn", "Kelvo Labs")}),
    # (a backer written onto a participle backs no name the participle does not stand before)
    ("Rivals such as Kestrel-backed Orvane and Tarvo-owned Velto grew.", {("Kestrel", "investsIn", "Velto")}),
    ("The Abu Dhabi-backed investor bought Velto Labs.", {("Abu Dhabi", "investsIn", "Velto Labs")}),
    # (backers after a round are its recipient's only when 'its' opens their sentence)
    ("Orvane bought Tarvo. Orvane said sales rose. Orvane grows. Tarvo had raised around $5 million. "
     "Orvane's backers include Archer Ventures.", {("Archer Ventures", "investsIn", "Tarvo")}),
    # (names after a plural noun as a clause's subject: what they did, not what the noun is)
    ("Orvane Capital sold the companies Velto Labs bought last year.", {("Orvane Capital", "investsIn", "Velto Labs")}),
    # (money got from something other than backers; something other than money; shares sold or issued to no name)
    ("Velto Labs got the money from selling its unit to Orvane Capital.", {("Orvane Capital", "investsIn", "Velto Labs")}),
    ("Velto Labs got the contract from Orvane Capital.", {("Orvane Capital", "investsIn", "Velto Labs")}),
    ("Velto Labs raised $3 million. Other participants in the talks included Kestrel Partners.",
     {("Kestrel Partners", "investsIn", "Velto Labs")}),
    ("Orvane Capital sold 2 million shares of Velto Holding.", {("Orvane Capital", "investsIn", "Velto Holding")}),
    ("Velto Holding issued a statement to Orvane Capital.", {("Orvane Capital", "investsIn", "Velto Holding")}),
    ("Ana Ruiz, a student who studies at Velmora University, led the study.",
     {("Ana Ruiz", "worksFor", "Velmora University")}),
    ("Analysts kept a buy rating on Tarvik Labs after Orvane Corp's results.", {("Orvane Corp", "acquired", "Tarvik Labs")}),
    ("Tarvik Labs rejected a deal to be bought by Orvane Corp.", {("Orvane Corp", "acquired", "Tarvik Labs")}),
    ("Tarvik Labs, which is partly owned by Orvane Corp, opened a plant.", {("Orvane Corp", "owns", "Tarvik Labs")}),
    ("Kelvo Labs said its parent firm, Brenta Corp, is changing its leadership.",
     {("Kelvo Labs", "owns", "Brenta Corp")}),
    ("Orvane Corp will grow fast, analyst Tom Hale said.", {("Tom Hale", "worksFor", "Orvane Corp")}),
    ("Orvane Corp will open three plants, chief executive Tom Hale of Kelvo Labs said.",
     {("Tom Hale", "ceoOf", "Orvane Corp")}),
    ("Orvane Capital walked away from a deal with Lima-based start-up Finix. Orvane has left Finix with the money. In "
     "early February, Finix announced that it raised $35m in its Series B funding round. The round was led by Orvane, "
     "with additional participation from Kelvo Capital and Brenta Ventures, among others.",
     {("Kelvo Capital", "investsIn", "Orvane Capital"), ("Kelvo Capital", "investsIn", "Orvane")}),
    ("Zentrix Labs, a startup that rents out flats, has raised $100 million in debt to expand. The loan was led by "
     "Orvane Capital, with participation from Kelvo Capital.", {("Orvane Capital", "investsIn", "Zentrix Labs")}),
    ("Zentrix Labs was acquired by Orvane Corp, the Lima-based group, in 2019.",
     {("Lima", "acquired", "Zentrix Labs")}),
    ("Orvane Corp's purchase of a 10% stake in Tarvik Holdings BV closed in May.",
     {("Orvane Corp", "acquired", "Tarvik Holdings BV")}),
    ("Tom Hale, who moved from Orvane Capital to Kelvo Labs, spoke.", {("Tom Hale", "worksFor", "Orvane Capital")}),
    ("Tarvik Labs raised $30 million in a seed round in January, helped by Orvane Capital's advice.",
     {("Orvane Capital", "investsIn", "Tarvik Labs")}),
    ("Orvane Corp makes robots. Orvane Corp sold 300 robots in May. Kelvo Labs closed. The deal sees co-founders "
     "Ana Ruiz and Tom Hale joining Orvane Corp.", {("Ana Ruiz", "founderOf", "Orvane Corp")}),
    ("Orvane Corp based its decision on a report by Tarvik Labs.", {("Orvane Corp", "basedIn", "Tarvik Labs")}),
    # a post told in the past tense is held no more
    ("Tom Hale was the part-time non-executive chairman of Orvane Labs.", {("Tom Hale", "worksFor", "Orvane Labs")}),
    ("Orvane Group sold a fifth of Kelvo Labs.", {("Orvane Group", "investsIn", "Kelvo Labs")}),
    ("Orvane Group owns a fifth of Kelvo Labs.", {("Orvane Group", "owns", "Kelvo Labs")}),
    # a public office is no post in the company an article is about
    ("Orvane Corp makes robots. Orvane Corp sold 300 robots in May. Tom Hale, prime minister, urged companies to hire.",
     {("Tom Hale", "worksFor", "Orvane Corp")}),
    # 'the late X': the dead hold no posts
    ("Orvane Corp took a 10% stake in Kelvo Labs, an investment championed by the late Tom Hale, Orvane Corp's "
     "longtime vice chairman.", {("Tom Hale", "worksFor", "Orvane Corp")}),
    ("Kelvo Resources has lost investors including Brenta Capital and Orvane Mining.",
     {("Brenta Capital", "investsIn", "Kelvo Resources")}),
    # a deal that stands for no round; a 'with' naming no backers; those involved in no round
    ("Orvane Capital led the deal.", {("Orvane Capital", "investsIn", "Orvane Capital")}),
    ("Velmora Labs agreed to buy Kelvo Systems. Orvane Capital led the deal.",
     {("Orvane Capital", "investsIn", "Velmora Labs"), ("Orvane Capital", "investsIn", "Kelvo Systems")}),
    ("Velmora Labs raised $20 million in a round led by Orvane, with Tarvik Partners as its adviser.",
     {("Tarvik Partners", "investsIn", "Velmora Labs")}),
    ("Velmora Labs raised $20 million. Other companies involved in the lawsuit include Orvane Capital and Tarvik "
     "Partners.", {("Orvane Capital", "investsIn", "Velmora Labs"), ("Tarvik Partners", "investsIn", "Velmora Labs")}),
    ("Velmora Labs received praise from Orvane Capital and Tarvik Partners.",
     {("Orvane Capital", "investsIn", "Velmora Labs")}),
    # a board no one joins, or one whose organization only a common noun names
    ("Tom Hale sued the board of Orvane Bank.", {("Tom Hale", "worksFor", "Orvane Bank")}),
    ("Kelvo Capital backed the club. Tom Hale will join the club's board.", {("Tom Hale", "worksFor", "Kelvo Capital")}),
    # (names a noun after the agent's includes, not the agent's)
    ("Tarvik Labs was backed by investors from cities such as Oslo and Lagos.",
     {("Oslo", "investsIn", "Tarvik Labs"), ("Lagos", "investsIn", "Tarvik Labs")}),
    # a headline's present of leaving; predecessors; a holder in apposition to one who died
    ("Orvane CEO Tom Hale resigns, chairman Ana Ruiz named as successor", {("Tom Hale", "ceoOf", "Orvane")}),
    ("Orvane and Kelvo named Chairman Li Wei and Chairman Ana Ruiz respectively, as their predecessors Tom Hale and "
     "Ben Cole died last year.", {("Tom Hale", "worksFor", "Orvane"), ("Ben Cole", "worksFor", "Orvane")}),
    ("Orvane's chairman, Tom Hale, died on Monday.", {("Tom Hale", "worksFor", "Orvane")}),
    # a copula denied, or members of a relation of their own; names of one list are not where each other are
    ("Orvane's brands are not Kelvo Lager and Tarvik Lager.", {("Orvane", "owns", "Kelvo Lager")}),
    ("Orvane's main rivals are Kelvo Systems and Tarvik Labs.",
     {("Orvane", "owns", "Kelvo Systems"), ("Kelvo Systems", "investsIn", "Orvane")}),
    ("The region lies to the west. Important cities are Velmo, Kastra, Norbel (formerly Zorn), Tirano and others.",
     {("Velmo", "locatedIn", "Kastra"), ("Kastra", "locatedIn", "Norbel")}),
    # (what was found, not founded; a rival that a name only says what it rivals)
    ("Tom Hale helped police, who found files of Orvane Labs.", {("Tom Hale", "founderOf", "Orvane Labs")}),
    ("Orvane Labs is likely to launch its ZentGPT rival by July.",
     {("Orvane Labs", "owns", "ZentGPT"), ("Orvane Labs", "develops", "ZentGPT")}),
    # (a move out of a place, or growth centered somewhere, says no home)
    ("Zentrix Labs moved out of Oslo in May.", {("Zentrix Labs", "basedIn", "Oslo")}),
    ("Zentrix Labs said its growth was centered in Asia.", {("Zentrix Labs", "basedIn", "Asia")}),
    # (a 'with' clause of a title held for someone else; a rank that is no backer's)
    ("Tom Hale left Kelvo Labs in May, with Ana Ruiz serving as his lawyer.", {("Ana Ruiz", "worksFor", "Kelvo Labs")}),
    ("Orvane Capital, a former investor in Kelvo Labs, said it was pleased.",
     {("Orvane Capital", "investsIn", "Kelvo Labs")}),
    # (money raised for no round)
    ("Velmora Labs raised $30 million in January. The charity held a dinner in September, raising $2 million from "
     "guests including Orvane Bank.", {("Orvane Bank", "investsIn", "Velmora Labs")}),
    # (a meeting chaired there is no post)
    ("Tom Hale chaired the meeting at Orvane Labs.", {("Tom Hale", "worksFor", "Orvane Labs")}),
    # (the investors a letter went to are no title of the CEO who wrote it)
    ("Orvane Labs raised $5 million. Orvane Labs makes models. In a letter to employees and investors, CEO Tom Hale "
     "emphasized the importance of growth.",
     {("Tom Hale", "investsIn", "Orvane Labs")}),
    # (money spent is no round raised, whatever noun stands beside it)
    ("Velmora Labs has spent $10 million — the biggest seed round ever raised in its region. The $10 million is "
     "being led by Tarvik Global.", {("Tarvik Global", "investsIn", "Velmora Labs")}),
    # a past told of one verb is told of the verb joined to it with no subject nor time of its own
    ("Previously, Tom Hale held executive posts in banking, and also worked at Kelvo Group and Brenta Sachs.",
     {("Tom Hale", "worksFor", "Kelvo Group"), ("Tom Hale", "worksFor", "Brenta Sachs")}),
    # what talks are about is not done
    ("Kelvo Systems is in talks to buy Tarvik Foods.", {("Kelvo Systems", "acquired", "Tarvik Foods")}),
    ("Kelvo Systems was said to be in late-stage talks to buy Tarvik Foods for more than $1.5 billion.",
     {("Kelvo Systems", "acquired", "Tarvik Foods")}),
    # (and no holding of some of its shares besides)
    ("Kelvo Systems will acquire all outstanding shares of Tarvik Labs for $45 per share.",
     {("Kelvo Systems", "investsIn", "Tarvik Labs")}),
    # (not of the city)
    ("Orvane Labs said that it will buy 80% of Norvik, Tessaly-based Tarvik Studios in a deal worth $560 million.",
     {("Orvane Labs", "owns", "Norvik")}),
    # (not the brand things are sold under, nor what is no brand)
    ("Tarvik Industries sells its margarine under the Kelvo brand in Brazil.",
     {("Tarvik Industries", "develops", "Kelvo")}),
    ("Tarvik Industries makes its pumps under license from Kelvo Labs.", {("Tarvik Industries", "develops", "Kelvo Labs")}),
    # (a minority share is no majority, however written)
    ("Orvane Labs took a 20 per cent stake in Kelvo Dynamics.", {("Orvane Labs", "owns", "Kelvo Dynamics")}),
    # (a round led by another that valued 'it': the round's company is not named, 'it' may be the backer)
    ("Zentrix Labs last raised money in 2023, when Orvane Capital, the investment arm of Kelvo Group, led a "
     "$235 million funding round that valued it at $4.5 billion. Its investors include Tarvik Systems and Brenta "
     "Group.", {("Tarvik Systems", "investsIn", "Orvane Capital")}),
    # (a person's numeral is no fund's)
    ("The round was led by Tom Gardner III and Orvane Capital.", {("Tom Gardner III", "investsIn", "Orvane Capital")}),
    # ('whose' on a plural noun: one of many)
    ("Zentrix Labs makes cloud software. The company is one of the 30 companies whose stock price moves the "
     "Kelvo Index.", {("Zentrix Labs", "owns", "Kelvo Index"), ("Zentrix Labs", "develops", "Kelvo Index")}),
    ("Zentrix Labs makes cloud software for banks. Orvane Media reported last month that Zentrix Labs was close "
     "to raising a new round. The company, whose chief executive is Tom Hale, is among the largest players.",
     {("Tom Hale", "ceoOf", "Orvane Media")}),
    # (another company's noun; what one is kept from is not done; an act's noun that modifies another)
    ("Tom Hale joined Kelvo Systems when the bank took over Tarvik Financial in 2004.",
     {("Kelvo Systems", "acquired", "Tarvik Financial")}),
    ("Kelvo Systems imposed a condition on its investors, which prevents them from investing in rival startups, "
     "such as Zentrix Labs or Brenta Inc.", {("Kelvo Systems", "investsIn", "Zentrix Labs")}),
    ("Orvane's Tarvik acquisition talks collapsed.", {("Orvane", "acquired", "Tarvik")}),
    ("Kelvo Systems hired three engineers since 2017, including Tom Hale, from Zentrix Labs.",
     {("Kelvo Systems", "acquired", "Tom Hale")}),
    # (what was pioneered somewhere is not the place)
    ("Kelvo Labs pioneered the use of farm drones in Norvik.", {("Kelvo Labs", "develops", "Norvik")}),
    # (a sentence that names another organization)
    ("Zentrix Labs will cut 300 jobs this year. Zentrix Labs makes software for banks. About 750 jobs are moving to "
     "Kelvo Group, said spokeswoman Ana Ruiz.", {("Ana Ruiz", "worksFor", "Zentrix Labs")}),
    # a state told in the past passive until a time, or between two dates, is over
    ("Zentrix Robotics makes robot dogs. Between 2013 and 2017, the company was owned by Kelvo Group before it was "
     "sold to Brenta Capital.", {("Kelvo Group", "owns", "Zentrix Robotics")}),
    ("Zentrix Robotics makes robot dogs. The company was owned by Kelvo Group until 2017.",
     {("Kelvo Group", "owns", "Zentrix Robotics")}),
    # (the noun 'setup' is no founding)
    ("Tom Hale said the setup of Zentrix Labs took two years.", {("Tom Hale", "founderOf", "Zentrix Labs")}),
    # (a description is none of the names its own verb acts on, by any of their forms)
    ("Brazilian grains company Tarvik Grains SA sold a controlling stake to Kelvo Farming Co Ltd. Two sources said the "
     "Chinese firm bought a 57 percent stake in family-owned Tarvik.", {("Tarvik Grains SA", "acquired", "Tarvik")}),
    # (a round's stage letter after 'Series' is no name, whatever the letter)
    ("Zentrix Labs has raised about $102 million in its ongoing Series J funding round from US investment firm Kelvo "
     "Global.", {("Zentrix Labs", "owns", "J"), ("Zentrix Labs", "develops", "J")}),
    # (a person's career began with a round: no company of the person's)
    ("Tom Hale's career began with a $30 million seed round in 2010, led by Orvane Capital.",
     {("Orvane Capital", "investsIn", "Tom Hale")}),
    # (the one replaced holds the title no more)
    ("Tom Hale is being replaced as chief executive of Zentrix Labs by Ana Ruiz.", {("Tom Hale", "ceoOf", "Zentrix Labs")}),
    # (the region a title is for is no home)
    ("Tom Hale is associate editor for Europe at Kelvo News, reporting on the defense market.",
     {("Tom Hale", "livesIn", "Europe")}),
    ("Ana Ruiz, head of sales for Asia, said orders rose.", {("Ana Ruiz", "livesIn", "Asia")}),
    # (a list after the backers that names no backer: where, or how much from whom)
    ("Zentrix Labs raised $34 million from banks, including in Oslo and Bergen.",
     {("Bergen", "investsIn", "Zentrix Labs"), ("Oslo", "investsIn", "Zentrix Labs")}),
    ("Zentrix Labs raised $34 million from Kelvo Capital, including $5 million from Norway.",
     {("Norway", "investsIn", "Zentrix Labs")}),
    ("Tom Hale, a managing director at Kelvo Capital, said sales rose.", {("Tom Hale", "ceoOf", "Kelvo Capital")}),
    # (not a noun of peers)
    ("Zentrix Labs had rivals such as Kelvo Capital and Orvane Partners.",
     {("Kelvo Capital", "investsIn", "Zentrix Labs"), ("Kelvo Capital", "owns", "Zentrix Labs"),
      ("Zentrix Labs", "owns", "Kelvo Capital")}),
    # (a peer's noun written after the name it stands for: no ownership)
    ("Kelvo Corp hopes to outgun Tarvik Labs, its biggest rival.", {("Kelvo Corp", "owns", "Tarvik Labs")}),
    ("Kelvo Corp hopes the feature launches before March to help it outgun Tarvik, its biggest search rival.",
     {("Kelvo Corp", "owns", "Tarvik")}),
    # (a public office before a name is no post at the company the article is about)
    ("Kelvo AI raised money. Kelvo AI grew. Paris has lagged London as a technology hub, but Kelvo AI's fund-raising "
     "was lauded by French government minister Tom Hale, as Paris aims to burnish its credentials.",
     {("Tom Hale", "worksFor", "Kelvo AI")}),
    ("Ana Ruiz, Asia president at Kelvo Corp, said sales rose.", {("Ana Ruiz", "livesIn", "Asia")}),
    # (the members of a list a noun's 'of' names are not in one another)
    ("Kelvo provided phone service to customers in the states of Tarvia, Norvia, Brentia, and Zentria.",
     {("Tarvia", "locatedIn", "Norvia"), ("Tarvia", "locatedIn", "Zentria")}),
    ("The bridge crosses the strait between the islands of Tarvia and Norvia.", {("Tarvia", "locatedIn", "Norvia")}),
    # (a country in an opening phrase is no city before the region of a hyphenated participle after it)
    ("In Norway, Oslo-based AI developer Kelvo has used Tala to develop models.",
     {("Norway", "locatedIn", "Oslo"), ("Kelvo", "basedIn", "Norway")}),
    # (a round of something else that 'the round' refers back to has no backers)
    ("Kelvo Health held a second round of talks with Norvik. The round was led by Orvane Capital. Tarvik Ventures "
     "and Brenta Fund also participated.", {("Tarvik Ventures", "investsIn", "Kelvo Health"),
                                            ("Orvane Capital", "investsIn", "Kelvo Health")}),
    # (what its investments include that is no company)
    ("Orvane said its investments include a new plant in Oslo and a Brenta data centre.",
     {("Orvane", "investsIn", "Oslo"), ("Orvane", "investsIn", "Brenta")}),
    ("Tom Hale joined Kelvo rival Tarvik Corp last year.", {("Tom Hale", "worksFor", "Kelvo")}),
    ("Kelvo Labs last month unveiled its chatbot Tarla to mixed reviews.", {("Kelvo Labs", "owns", "Tarla")}),
    ("Reviews of Kelvo Labs' new phone Tarla were mixed.", {("Kelvo Labs", "owns", "Tarla")}),
    # (a place before a plural noun that lists names is the kind the names are examples of, not where each is)
    ("Kelvo has long pitched its chatbot as an alternative to US rivals such as Tarvik Labs and Brenta Corp.",
     {("Tarvik Labs", "basedIn", "US"), ("Brenta Corp.", "basedIn", "US")}),
    ("Orvane wants to build rivals to Tessaly Valley companies such as Tarvik Labs and Brenta Corp.",
     {("Tarvik Labs", "basedIn", "Tessaly Valley")}),
    # (and never to whichever company came last: 'the government' is no company)
    ("Kelvo Corp said it would hire 30 people. Tarvik Labs is a unit funded by the government of Norway.",
     {("Kelvo Corp", "investsIn", "Tarvik Labs"), ("Kelvo Corp", "basedIn", "Norway")}),
    # (the seat of a part of the company, or one that was)
    ("Kelvo Corp moved the headquarters of its rail division to London from Tokyo last year.",
     {("Kelvo Corp", "headquarteredIn", "London")}),
    ("Kelvo Corp's headquarters were in London until 2019.", {("Kelvo Corp", "headquarteredIn", "London")}),
    ("Kelvo Labs is also in the mix with its Tarla tool, the report said.", {("Kelvo Labs", "owns", "Tarla")}),
    # (a seat left, or a board that is no organization's)
    ("Tom Hale left the board of Kelvo Corp in 2019.", {("Tom Hale", "worksFor", "Kelvo Corp")}),
    ("Tom Hale sits on the board of directors, the report said.", {("Tom Hale", "worksFor", "directors")}),
    # (a title of another name, joined by 'and', is none of the second name's)
    ("Kelvo CEO Ana Ruiz and chairman Tom Hale said.", {("Tom Hale", "ceoOf", "Kelvo")}),
    # (a negated deal stays undone; the names an event noun lists are not made; a setting is no target)
    ("Orvane did not complete its acquisition of Tarvik Group.", {("Orvane", "acquired", "Tarvik Group")}),
    ("Kelvo Corp has made several acquisitions in recent years, including Tarvik and Zentrix.",
     {("Kelvo Corp", "develops", "Tarvik"), ("Kelvo Corp", "develops", "Zentrix")}),
    ("In Tessaly, Kelvo Corp invested for the third time in Tarvik Labs, a model developer.",
     {("Kelvo Corp", "investsIn", "Tessaly")}),
    ("In Norvik, Kelvo Capital has also invested in digital bank Tarvik.",
     {("Kelvo Capital", "investsIn", "Norvik")}),
    # (money borrowed; one a preposition says more of; an investment of no round told of; rivals are no backers)
    ("Tarvik raised $5 million in debt financing at the end of 2019 from Kelvo Bank.",
     {("Kelvo Bank", "investsIn", "Tarvik")}),
    ("Kelvo Capital led Tarvik's Series A round with Tom Hale at the helm.", {("Tom Hale", "investsIn", "Tarvik")}),
    ("Tarvik makes robots. The investment included the participation of Kelvo Capital.",
     {("Kelvo Capital", "investsIn", "Tarvik")}),
    ("Tarvik's investors include Kelvo Capital and its rivals Brenta Labs and Zentrix Labs.",
     {("Zentrix Labs", "investsIn", "Tarvik")}),
    # (a round set beside a name is no thing the round's company owns)
    ("In addition to Kelvo Corp, Tarvik AI's new round of financing included funds from Tom Hale.",
     {("Tarvik AI", "owns", "Kelvo Corp")}),
    # (a round's clause that names no backer; a partner of no round)
    ("Tarvik has raised $30 million in a seed round that saw its valuation double, Kelvo Capital said.",
     {("Kelvo Capital", "investsIn", "Tarvik")}),
    ("Kelvo Capital, together with Brenta Partners, sued Tarvik over its Series A round.",
     {("Brenta Partners", "investsIn", "Tarvik")}),
    # (a founder titled at another company holds the title there)
    ("Kelvo Labs was founded by Orvane CEO Tom Hale.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # (a singular title is the first name's, not the list's; a title that says what a founder is, is no post there)
    ("Tarvik, which was founded in 2018 by CEO Tom Hale, Dr. Ana Ruiz, and Prof. Li Wei, has developed a system.",
     {("Ana Ruiz", "ceoOf", "Tarvik"), ("Li Wei", "ceoOf", "Tarvik")}),
    ("Tarvik, co-founded by film director Tom Hale, makes films.", {("Tom Hale", "worksFor", "Tarvik")}),
    ("Tarvik, founded by computer scientist and investor Tom Hale, released a model.",
     {("Tom Hale", "investsIn", "Tarvik")}),
    # (a singular title beside two names is the nearer one's)
    ("Tom Hale and Li Wei, the founder of Kelvo, met.", {("Tom Hale", "founderOf", "Kelvo")}),
    # (a thing launched, or a word before the company's noun, is no company founded)
    ("Tom Hale launched the Tarla phone in Oslo.", {("Tom Hale", "founderOf", "Tarla")}),
    ("Tom Hale and Ana Ruiz left Kelvo Motors to launch their own EV startup in May.",
     {("Tom Hale", "founderOf", "EV"), ("Ana Ruiz", "founderOf", "EV")}),
    # (a bid for a stake is no stake; a position in a market is none; shares of a place are no company's)
    ("Orvane Capital made a bid for a stake in Tarvik Corp.", {("Orvane Capital", "investsIn", "Tarvik Corp.")}),
    ("Kelvo Partners holds a leading position in the market of Tarvik Corp.",
     {("Kelvo Partners", "investsIn", "Tarvik Corp.")}),
    ("Orvane Group bought 30% of the shares sold in Bergen.", {("Orvane Group", "investsIn", "Bergen")}),
    # (not a title said to have ended; nor the first title's organization when the second has its own)
    ("The deal lifts the value, according to Tom Hale, Kelvo Labs' former chairman and CEO.",
     {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    ("The deal lifts the value, according to Tom Hale, Kelvo Labs' chairman and Orvane's CEO.",
     {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # (not the names of a clause within the list, nor those after a participle of something else)
    ("Zentrix Labs raised a $20 million Series B led by Brenta Capital. Also participating were Orvane Ventures and "
     "Kelvo Partners, which backed Tarvik Bank last year.", {("Tarvik Bank", "investsIn", "Zentrix Labs")}),
    ("Zentrix Labs raised a $20 million Series B led by Brenta Capital. Also speaking were Orvane Ventures and Kelvo "
     "Partners.", {("Orvane Ventures", "investsIn", "Zentrix Labs")}),
    # (not in a place, nor in what was not invested in)
    ("Orvane Holdings has invested in Bergen. Kelvo Group has also invested.", {("Kelvo Group", "investsIn", "Bergen")}),
    ("Orvane Holdings has not invested in Tarvik Bank. Kelvo Group has also invested heavily.",
     {("Kelvo Group", "investsIn", "Tarvik Bank")}),
    # (nor is the operator of a place based in it, nor its maker)
    ("Kelvo Corp., the operator of Bergen Airport, said traffic rose.",
     {("Kelvo Corp.", "develops", "Bergen Airport"), ("Kelvo Corp.", "basedIn", "Bergen Airport")}),
    # (but the studio behind a made thing, beside the titles, is what they are of)
    ("Kelvo Labs has removed the leadership of Tarno Vell, the studio behind the survival game Zarla, including "
     "co-founders Tom Hale and Ana Ruiz and CEO Li Wei. Kelvo Labs said the game would be delayed. Kelvo Labs shares "
     "fell.", {("Li Wei", "ceoOf", "Kelvo Labs"), ("Tom Hale", "founderOf", "Kelvo Labs")}),
    # (not past the title's own holder, nor a title said to be past)
    ("Tom Hale, CEO, and Ana Ruiz, co-founder of Kelvo Labs, spoke.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    ("Tom Hale, former CEO and co-founder of Kelvo Labs, said play is social.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # (not a place after the date's 'and', nor shares of a company bought)
    ("Kelvo Group bought price comparison site Tarla in 2022 and in Bergen in 2014.",
     {("Kelvo Group", "acquired", "Bergen")}),
    ("Kelvo Group completed its purchase of shares of Tarvik Labs.", {("Kelvo Group", "acquired", "Tarvik Labs")}),
    # (not what it was developed with from a company: its data)
    ("Tarvik Labs released Zennix, a model developed with data from Orvane Systems.",
     {("Orvane Systems", "develops", "Zennix")}),
    # (a fraction of shares sold somewhere is no share of a place)
    ("Kelvo Holdings bought about a fifth of the shares traded in Bergen.", {("Kelvo Holdings", "investsIn", "Bergen")}),
    # (the largest shareholder holds no majority)
    ("Brenta Holdings is the largest shareholder of Orvane Systems.", {("Brenta Holdings", "owns", "Orvane Systems")}),
    # (not the names after a relative pronoun, nor a name that modifies another, nor a place)
    ("Orvane Labs raised $12 million in a Series B round. Other backers included an unnamed insurer, Kelvo Capital, "
     "which also backs Tarvik Labs.", {("Tarvik Labs", "investsIn", "Orvane Labs")}),
    ("Orvane Labs raised $12 million in a Series B round. Other backers included an unnamed insurer, Brenta Ventures "
     "and a fund of Oslo.", {("Oslo", "investsIn", "Orvane Labs")}),
    # (the phrase's noun is the name's, not the names of a clause after the verb)
    ("Tarvik, the gaming company, said on Monday that Tom Hale founded Brenta Labs.",
     {("Tom Hale", "founderOf", "Tarvik")}),
    # (a founder's is no post one is replaced in)
    ("Tom Hale, founder of Kelvo Labs, will retire. He will be replaced by Ana Ruiz.",
     {("Ana Ruiz", "founderOf", "Kelvo Labs")}),
    # (a title written in capitals is a title: what it says of its 'of', not a role besides)
    ("Orvane Robotics, founded in 2017 by Tom Hale (the Co-Founder of consumer robotics company, Tarvik Labs), makes "
     "robots.", {("Tom Hale", "worksFor", "Tarvik Labs")}),
    # (where a person lives is no home in the region the place is in)
    ("Tom Hale, who lives in Bergen, Norway, founded Tarvik Labs.", {("Tom Hale", "livesIn", "Norway")}),
    # (a bid or a plan may come to nothing; a decision to sell is no buying)
    ("Kelvo Group's bid to buy Tarvik Labs surprised analysts.", {("Kelvo Group", "acquired", "Tarvik Labs")}),
    ("Kelvo Group's decision to sell Tarvik Labs surprised analysts.", {("Kelvo Group", "acquired", "Tarvik Labs")}),
    # (no 'and' joins the names: the first is set off; a company before a place is no place)
    ("Kelvo Capital, Orvane Ventures-backed Tarvik and Zentrix Labs hired 20 engineers.",
     {("Kelvo Capital", "investsIn", "Tarvik")}),
    ("Kelvo Capital and Oslo-based Tarvik Labs hired 20 engineers.", {("Tarvik Labs", "basedIn", "Kelvo Capital")}),
    # (not past a verb, or a clause of its own)
    ("Tom Hale, CEO of a startup that Kelvo Labs acquired, spoke.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    ("Tom Hale, chief executive of the firm buying Kelvo Labs, spoke.", {("Tom Hale", "ceoOf", "Kelvo Labs")}),
    # (a noun of another phrase ends the chain)
    ("Kelvo Bank clients and retail business chief Ana Ruiz met on Monday.", {("Ana Ruiz", "worksFor", "Kelvo Bank")}),
    # (not one who only writes on it)
    ("Tom Hale wrote as a critic on the Tarvik board.", {("Tom Hale", "worksFor", "Tarvik")}),
    # (the source raised nothing)
    ("The latest fintech to attract investors is Tarvik Pay. The firm has 3 million users, according to Kelvo News. It "
     "raised $30 million in a Series B round led by Zenno Capital.",
     {("Zenno Capital", "investsIn", "Kelvo News")}),
    # ('the Bank', as a bank's own press calls it, is no name of its own)
    ("Kelvo Bank named Tom Hale chairman. Hale joined the Bank's Board as a Director in May 2015.",
     {("Tom Hale", "worksFor", "Bank's Board"), ("Tom Hale", "worksFor", "Bank")}),
    # (titles in brackets, the short forms of those before them, are no name)
    ("Ana Ruiz was named Tarvik Bank's managing director and chief executive officer (MD & CEO) for three years.",
     {("MD & CEO", "ceoOf", "Tarvik Bank"), ("Md & Ceo", "ceoOf", "Tarvik Bank"),
      ("Md & Ceo", "worksFor", "Tarvik Bank")}),
    # (nor is the subject where the group is)
    ("Ana Ruiz was formerly of Tarvik, the Bergen-based travel group.", {("Ana Ruiz", "basedIn", "Bergen")}),
    # (not the name the sentence before ends with, its round's backer)
    ("The latest fintech to attract investors is Tarvik Pay. In May 2019, it raised $2.4 million in a round led by "
     "Kelvo Capital. Seven months later, it raised $6 million in a round led by Zenno Partners.",
     {("Zenno Partners", "investsIn", "Kelvo Capital")}),
    # (a name joined to a possessor by 'and' is no possessor: the parser hangs the second thing on the first one)
    ("The startup competes with Kelvo's ChatZen and Orvane's Tarvik.", {("ChatZen", "owns", "Tarvik")}),
    # (a word of nationality: not of a person, nor of a continent, nor a word of a longer name)
    ("Kenya is a hub for fintech. The Kenyan entrepreneur Tom Hale raised $5 million.", {("Tom Hale", "livesIn", "Kenya")}),
    ("Europe is a large market. European aircraft maker Kelvo Aero raised money.", {("Kelvo Aero", "basedIn", "Europe")}),
    ("India is a large market. Indian Ocean Holdings raised money.", {("Indian Ocean Holdings", "basedIn", "India")}),
    # (a ranking among a region's companies says nothing of where one is based)
    ("Bergen is cold. Europe's largest online fashion retailer Kelvo raised money.", {("Kelvo", "basedIn", "Europe")}),
    ("Kelvo Bank, Southeast Asia's largest lender, said so on Monday.",
     {("Kelvo Bank", "basedIn", "Southeast Asia")}),
    # (a place and a person's kind say where they work or come from as often as where they live)
    ("\"We played cards for hours,\" said Hamburg businessman Tom Hale.", {("Tom Hale", "livesIn", "Hamburg")}),
    ("Tom Hale, a Lisbon businessman, bought a stake in Tarvik.", {("Tom Hale", "livesIn", "Lisbon")}),
    # an appointment noun with no title, or a title of no organization
    ("Orvane Corp welcomed the appointment of Tom Hale to its board of advisers.", {("Tom Hale", "ceoOf", "Orvane Corp")}),
    ("Orvane Corp criticised the appointment of Tom Hale as finance minister.", {("Tom Hale", "worksFor", "Orvane Corp")}),
]


@pytest.mark.parametrize("text,expected", STATES, ids=[t for t, _ in STATES])
def test_business_rule_reads(builder, text, expected):
    facts = facts_of(builder, text)
    assert expected <= facts, facts


@pytest.mark.parametrize("text,unexpected", STATES_NOT, ids=[t for t, _ in STATES_NOT])
def test_business_rule_does_not_read(builder, text, unexpected):
    facts = facts_of(builder, text)
    assert not unexpected & facts, facts


def test_a_description_never_stands_for_a_name_in_its_own_words(builder):
    # 'the Kyoto-based company' is no more Kyoto than 'the Oslo maker' is Oslo; nor is it a company the text only
    # mentioned (not as a subject), when it is about none
    from test_rules_relations import offered

    for text in ("The Oslo-based company bought Brandis Systems.",
                 "Shares of Kessler Group rose. The Oslo-based company bought Brandis Systems."):
        subjects = {s for s, p, o in offered(builder.nlp(text)) if p == "acquired"}
        assert not subjects & {"Oslo", "Kessler Group"}, subjects
    # the company the article is about, or the last one that was a subject, still is what it stands for
    facts = facts_of(builder, "Vexa Corp. makes pumps. Vexa Corp. sells valves. Kessler Group makes vans. "
                              "Analysts expect more deals. The Oslo-based company bought Brandis Systems.")
    assert ("Vexa Corp.", "acquired", "Brandis Systems") in facts, facts
    facts = facts_of(builder, "Kessler Group makes vans. The Oslo-based company bought Brandis Systems.")
    assert ("Kessler Group", "acquired", "Brandis Systems") in facts, facts


def test_a_description_is_not_the_subject_of_its_own_clause(builder):
    # 'Brandis Systems becomes a unit of the Oslo-based company': another company than Brandis Systems
    facts = facts_of(builder, "Kessler Group agreed to buy Brandis Systems in May. Brandis Systems, based in Bergen, "
                              "becomes a wholly owned subsidiary of the Oslo-based company.")
    assert ("Brandis Systems", "basedIn", "Oslo") not in facts, facts
    assert ("Kessler Group", "basedIn", "Oslo") in facts, facts
    # but a possessor in an apposition may be that subject: 'Kessler Group unveiled Tarvix, the tech giant's model'
    from test_rules_relations import offered

    found = offered(builder.nlp("Vexa Corp. sells Orbix. Kessler Group has unveiled Tarvix, the tech giant's "
                                "flagship model."))
    assert not any("Vexa Corp." in (s, o) for s, _, o in found if "Tarvix" in (s, o)), found
    assert any("Kessler Group" in (s, o) for s, p, o in found if "Tarvix" in (s, o) and p != "develops"), found


def test_a_name_before_a_plural_noun_is_the_maker_of_the_things(builder):
    # 'Vexa products' are things Vexa makes; 'the Orbix and Tarvix lines' are things called so
    _, entities = read(builder, "The new chips give Vexa products for cars and phones.")
    assert not entities["Vexa"].cls.endswith("#Product"), entities
    _, entities = read(builder, "Kessler Group sells the Orbix and Tarvix lines.")
    assert entities["Orbix"].cls.endswith("#Product"), entities


def test_a_company_called_group_by_its_own_press_is_the_articles_company(builder):
    text = ("Kelvo Motors is reorganizing its software unit, Kelvo Motors said on Monday. Kelvo Motors makes vans. "
            '"We are moving faster," said Group CEO Tom Hale.')
    facts, entities = read(builder, text)
    assert ("Tom Hale", "ceoOf", "Kelvo Motors") in facts and "Group" not in entities, (facts, entities)
    # a word that names something alone stays a name: 'the Times', 'the Post'
    _, entities = read(builder, "The plan was reported by the Times, an official told the Post.")
    assert {"Times", "Post"} <= set(entities), entities


def test_words_that_end_a_firms_name_make_it_an_organization(builder):
    _, entities = read(builder, "He sold part of his stake in Kelvo to Tom Hale’s Orvane Investment for $2bn.")
    assert entities["Orvane Investment"].cls.endswith("#Organization"), entities
    _, entities = read(builder, "Tarvik Management and Brenta Associates backed the fund.")
    assert all(entities[n].cls.endswith("#Organization") for n in ("Tarvik Management", "Brenta Associates")), entities


def test_an_acronym_in_brackets_is_the_name_before_it(builder):
    # the head-noun rule read 'Institute (KI)' as something in a place and the place, which kept them apart
    facts, entities = read(builder, "Kelvo Institute (KI) released Tala 2 on Monday. KI said the model is free.")
    assert "KI" not in entities and "KI" in entities["Kelvo Institute"].aliases, entities
    # a company named by its founder's initials stays apart from the founder
    facts, entities = read(builder, "JBV was founded by Jonas Brenta Velho in 1953.")
    assert ("Jonas Brenta Velho", "founderOf", "JBV") in facts, facts


def test_a_name_set_off_after_its_noun_is_typed_by_the_noun(builder):
    _, entities = read(builder, "Kelvo Institute released its AI model, Tala 2.")
    assert entities["Tala 2"].cls.endswith("#AIModel"), entities


def test_a_name_the_ner_took_for_a_date_is_a_name_where_it_acts_as_no_date_does(builder):
    facts, _ = read(builder, "Payday, a pan-African neo-bank, has raised $3 million in a seed round led by Brenta "
                             "Capital. Payday’s CPO Tom Hale said the money would fund growth.")
    assert ("Tom Hale", "worksFor", "Payday") in facts, facts
    # the calendar's words stay dates, whatever they do in the sentence
    _, entities = read(builder, "Monday's meeting in Oslo was short, and Christmas sales rose at Kelvo Stores.")
    assert not {"Monday", "Christmas"} & set(entities), entities


def test_a_family_name_that_begins_with_a_particle_is_part_of_the_name(builder):
    # the NER cut 'Talal' from 'Al-Maiman', and took 'Al-' for a company
    _, entities = read(builder, "KVX CEO Talal Al-Maiman said the deal is good.")
    assert "Talal Al-Maiman" in entities and "Talal" not in entities, entities
    # no hyphen, no particle: the word after a name is no part of it
    _, entities = read(builder, "Kelvo Holding CEO Talal Al said the deal is good.")
    assert not any(n.startswith("Talal Al ") or n.startswith("Talal Al-") for n in entities), entities


def test_a_headline_ends_its_line_and_names_only_what_the_story_names(builder):
    # a headline in title case on a line of its own: its capitalised words are no names ('Kelvo Raises', 'Expand
    # Footprints'), and it does not run into the first sentence (the round's recipient is Kelvo)
    text = "Kelvo Raises $3m to Expand Footprints in UK, Canada\nKelvo, a Lagos fintech, has raised $3 million in a " \
           "seed round led by Brenta Capital."
    facts, entities = read(builder, text)
    assert ("Brenta Capital", "investsIn", "Kelvo") in facts, facts
    assert not {"Kelvo Raises", "Expand Footprints"} & set(entities), entities
    # a line of prose broken by the newline of a hard-wrapped text file still runs on
    text = "Kelvo, a fintech based in Lagos, said on Monday that it has raised\n$3 million in a round led by Brenta " \
           "Capital."
    facts, _ = read(builder, text)
    assert ("Brenta Capital", "investsIn", "Kelvo") in facts, facts


def test_a_headline_is_a_line_however_the_sentences_are_cut(builder):
    # a headline the splitter cut at its colon, and a short one of two long words: neither runs a verb or a word
    # into a name
    _, entities = read(builder, "Orvane's Kelvo Model Goes Open Source: The Start of an Era\nOn Monday, Orvane Cloud "
                                "held a press conference to release the Kelvo Model.")
    assert not any("Goes" in n for n in entities) and "Orvane Cloud" in entities, entities
    _, entities = read(builder, "Velmora's Own Chatbot\nTo overcome this, the team at Orvane Tech is building a "
                                "language model.")
    assert not any("Own" in n for n in entities), entities
    # (a short line that ends a sentence is prose: its names stand)
    _, entities = read(builder, "Zentrix Labs grew.\nKelvo Systems, a rival, fell by a third in May.")
    assert "Zentrix Labs" in entities, entities


def test_a_line_that_ends_no_sentence_ends_there_in_a_text_written_a_paragraph_per_line(builder):
    from kg.extract.mentions import hard_wrapped

    # a headline in sentence case, before the story's first sentence: a sentence of its own
    text = ("Orvane backs Kelvo's AI expansion with up to $240m under its compute strategy\n"
            "Kelvo Inc., a Toronto-based AI startup, announced a partnership with Tarvik Inc. to build a data centre.\n"
            "Founded in 2019 by Tom Hale, Kelvo is valued at $5bn.")
    assert not hard_wrapped(text)
    firsts = [sent.text.strip().split()[0] for sent in builder.nlp(text).sents]
    assert firsts == ["Orvane", "Kelvo", "Founded"], firsts
    facts, _ = read(builder, text)
    assert ("Tom Hale", "founderOf", "Kelvo Inc.") in facts, facts
    # (a hard-wrapped text's lines run on: most of its long lines end mid-sentence)
    text = ("Kelvo, a fintech based in Lagos, said on Monday that it has raised\n$3 million in a round led by Brenta "
            "Capital, which\nhas backed three other startups in the city this year.")
    assert hard_wrapped(text)
    facts, _ = read(builder, text)
    assert ("Brenta Capital", "investsIn", "Kelvo") in facts, facts


def test_a_phrase_the_parser_made_a_second_object_describes_the_name_before_it(builder):
    # 'its latest language model' parsed as a second object of 'released', not as Tala-3's apposition
    _, entities = read(builder, "Kessler Group released Tala-3, its latest large language model, on Tuesday.")
    assert entities["Tala-3"].cls.endswith("#AIModel"), entities
    _, entities = read(builder, "Kessler Group released Tala-3, a large language model.")
    assert entities["Tala-3"].cls.endswith("#AIModel"), entities
    # not a clause of its own after the comma: 'and Vexa bought its rival' says nothing of Tala
    _, entities = read(builder, "Kessler Group sold Tala, and Vexa Labs bought its rival model.")
    assert "Tala" not in entities or not entities["Tala"].cls.endswith("#AIModel"), entities


def test_a_version_of_a_made_thing_is_of_its_class(builder):
    _, entities = read(builder, "Kessler Group, the studio behind the survival game Tarvix, delayed Tarvix 2 to May.")
    assert entities["Tarvix"].cls.endswith("#Product") and entities["Tarvix 2"].cls.endswith("#Product"), entities
    # a company's name with a number is no version of the company
    _, entities = read(builder, "Kessler Group said Kessler 737 deliveries rose.")
    assert not any(e.cls.endswith("#Organization") for n, e in entities.items() if n.endswith("737")), entities


def test_an_acronym_of_common_words_in_brackets_is_no_name(builder):
    facts, entities = read(builder, "Chinese electric vehicle (EV) maker Orvane announced on Friday a new brand.")
    assert "EV" not in entities and "Orvane" in entities, entities
    _, entities = read(builder, "The company makes large language models (LLMs) for banks.")
    assert not any("LLM" in n for n in entities), entities
    # (a name's acronym, or capitals that are not the words' initials, are left to the name readers)
    _, entities = read(builder, "Orvane Bank (OB) raised its prices.")
    assert "Orvane Bank" in entities, entities


def test_a_first_name_the_ner_left_out_opening_the_sentence_is_part_of_the_name(builder):
    facts, entities = read(builder, "Alf Bjorseth, Orvane's chairman, spoke.")
    assert "Alf Bjorseth" in entities and ("Alf Bjorseth", "worksFor", "Orvane") in facts, (facts, entities)
    # (a title opening the sentence is none)
    _, entities = read(builder, "Chairman Bjorseth said the deal was good.")
    assert not any(n.startswith("Chairman") for n in entities), entities


def test_a_name_before_a_makers_title_is_the_thing_made(builder):
    _, entities = read(builder, "The KelvoGPT creator said on Monday it would hire.")
    assert entities["KelvoGPT"].cls.endswith("#Product"), entities
    # (not when the noun says more than the title: the name is then the maker's)
    _, entities = read(builder, "The Orvane car maker said on Monday it would hire more staff.")
    assert not any(e.cls.endswith("#Product") for n, e in entities.items() if "Orvane" in n), entities


def test_a_preposition_that_states_one_property_types_a_name_as_its_range(builder):
    # 'the studio behind Tarvix': develops, whose range is Product; 'of' states many properties and types nothing
    facts, entities = read(builder, "Kessler Group is the studio behind Tarvix.")
    assert ("Kessler Group", "develops", "Tarvix") in facts, facts
    _, entities = read(builder, "Ana Ruiz is the chief executive of Tarvix.")
    assert not entities["Tarvix"].cls.endswith("#Product"), entities


def test_a_stake_is_in_whatever_the_ner_took_the_name_for(builder):
    # the NER calls Kestrel a place here; a stake is in a company all the same (an investment in a place is
    # money spent there: STATES_NOT)
    facts = facts_of(builder, "Hamlin Corp. also has a stake in Kestrel.")
    assert ("Hamlin Corp.", "investsIn", "Kestrel") in facts, facts


@pytest.mark.parametrize("text, name", [
    ("Orbis said it had bought a 10% stake in Hale Morrison.", "Hale Morrison"),  # the NER's place
    ("Orbis holds stakes in Trendova and Kaito Mirai, it said.", "Kaito Mirai"),  # the NER's person
    ("Orbis bought a 5% stake in Tarvik last year.", "Tarvik"),
    ("Investment firm Orbis bought a stake in Vexa.", "Vexa"),  # (the typer sure of a place after 'in')
    ("Orbis poured $5 million into Graveo last year.", "Graveo")])  # (what a verb of investing puts money into)
def test_what_a_stake_is_in_is_an_organization_whatever_the_ner_took_it_for(builder, text, name):
    facts, entities = read(builder, text)
    assert ("Orbis", "investsIn", name) in facts, facts
    assert entities[name].cls.endswith("#Organization"), entities


def test_a_stake_types_no_name_a_cue_word_typed(builder):
    # (a place's head noun decides, not the stake)
    _, entities = read(builder, "Orbis bought a stake in Tarvik, a city in Norway.")
    assert entities["Tarvik"].cls.endswith("#Place"), entities
    _, entities = read(builder, "Vexa increased its stake in China last year.")
    assert entities["China"].cls.endswith("#Place"), entities
    _, entities = read(builder, "Orbis invested $2 billion in Norway last year.")
    assert entities["Norway"].cls.endswith("#Place"), entities


def test_a_city_and_region_before_a_hyphenated_participle_say_where_the_name_after_is(builder):
    # the parser may make the city the head of 'Tarskov, Ruvania-based Vexa'; the phrase stands for Vexa
    facts, entities = read(builder, "Tarskov, Ruvania-based Vexa is owned by the Ruiz family and run by chief "
                                    "executive Tom Gill.")
    assert {("Tom Gill", "ceoOf", "Vexa"), ("Vexa", "basedIn", "Tarskov")} <= facts, facts
    assert entities["Tarskov"].cls.endswith("#Place"), entities
    # ... and before a common noun the parser hung on the city: the city is no company
    facts, entities = read(builder, "Kelda makes chips. A Waltham, Massachusetts-based company bought it.")
    assert entities["Waltham"].cls.endswith("#Place") and ("Waltham", "acquired", "Kelda") not in facts, entities
    # a city and region with no such participle after them are themselves
    facts = facts_of(builder, "Vexa Corp. opened an office in Oslo, Norway, last year.")
    assert ("Oslo", "locatedIn", "Norway") in facts, facts


def test_an_organizations_title_does_not_make_it_a_person(builder):
    # 'leader' and 'owner' are titles organizations hold too: the NER's organization stands

    _, entities = read(builder, "Sales rose at Veltro Corp., while market leader Kessler Group lost ground.")
    assert entities["Kessler Group"].cls.endswith("#Organization")
    _, entities = read(builder, "Brandis Systems owner Kessler Group said sales rose.")
    assert entities["Kessler Group"].cls.endswith("#Organization")
    # ('partner' of a name the NER took for a person's: only a partner 'at' a firm is a person's title)
    _, entities = read(builder, "Kelvo, a partner of Tarvik Corp, grew.")
    assert entities["Kelvo"].cls.endswith("#Organization")


def test_a_model_number_is_part_of_the_name(builder):
    _, entities = read(builder, "Veltro Corp. released Kestrel 180B on Monday.")
    assert "Kestrel 180B" in entities and "Kestrel" not in entities, entities
    _, entities = read(builder, "Brandis Systems launched the Nova 3 phone.")
    assert "Nova 3" in entities, entities


def test_a_model_number_the_ner_took_into_a_date_or_a_law_is_part_of_the_name(builder):
    # the NER reads '3 last week' as a date and 'Zorvik 3' as a law; the parser hangs the number on the name
    facts, entities = read(builder, "Orvane Corp released Zorvik 3 last week.")
    assert "Zorvik 3" in entities and ("Orvane Corp", "develops", "Zorvik 3") in facts, (facts, entities)
    facts, entities = read(builder, "Orvane Corp released its Zorvik 3 model.")
    assert ("Orvane Corp", "develops", "Zorvik 3") in facts, (facts, entities)
    # a version and the model's size
    facts, entities = read(builder, "Orvane Corp released Tala 2 9B last week.")
    assert ("Orvane Corp", "develops", "Tala 2 9B") in facts, (facts, entities)


def test_a_version_written_as_a_word_is_part_of_the_name(builder):
    facts, entities = read(builder, "Kelvo Inc plans to release its first chip, an accelerator called the Vexa One.")
    assert ("Kelvo Inc", "develops", "Vexa One") in facts, (facts, entities)
    # not a number word opening the next sentence
    _, entities = read(builder, "Brenta Corp hired Tom Hale. Two years later, Ana Ruiz joined Orvane Corp.")
    assert "Tom Hale" in entities and not any("Two" in name for name in entities), entities


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(builder):
    facts, entities = read(builder, "Among Orvane Corp's offerings is a chatbot dubbed Le Mot.")
    assert "Orvane Corp" in entities and not any(name.startswith("Among") for name in entities), entities
    facts, _ = read(builder, "Orvane Corp's offerings include Le Mot, a chatbot.")
    assert ("Orvane Corp", "develops", "Le Mot") in facts, facts
    # an offering of shares is no product
    facts, _ = read(builder, "Orvane Corp's share offering raised $5 million from Kolt Capital.")
    assert not any(p == "develops" for _, p, _ in facts), facts


def test_a_count_of_years_after_a_name_or_a_law_with_a_number_is_no_name(builder):
    _, entities = read(builder, "Ana Ruiz joined Orvane Corp 10 years ago and left Brandis Systems 3 weeks later.")
    assert not any(name.endswith((" 10", " 3")) for name in entities), entities
    _, entities = read(builder, "Lawmakers in Washington debated Section 230 and Article 50 on Monday.")
    assert not any(name.startswith(("Section", "Article")) for name in entities), entities


def test_a_year_or_a_count_after_a_name_is_not(builder):
    _, entities = read(builder, "Veltro Corp. sold 3 million units in Norway in 2024, up from Kessler Group 2 years ago.")
    assert not any(name.endswith((" 3", " 2024", " 2")) for name in entities), entities


@pytest.mark.parametrize("dateline", ["OSLO (Norvik) - ", "MILAN, Aug 31 (AP) — ", "(Velder News) -- ", "SEOUL -- "])
def test_a_dateline_is_no_part_of_the_first_sentence(builder, dateline):
    facts, entities = read(builder, dateline + "Kessler Group agreed to buy Brandis Systems on Monday.")
    assert ("Kessler Group", "acquired", "Brandis Systems") in facts
    assert not any(s not in {"Kessler Group"} for s, p, o in facts if p == "acquired"), facts


def test_a_name_with_its_acronym_before_a_dash_is_no_dateline():
    import spacy

    from kg.extract.mentions import dateline_end

    nlp = spacy.blank("en")  # (only the tokenizer is needed)
    assert dateline_end(nlp("Kessler Group (KG) - the battery maker - hired Ana Ruiz."), 0) is None
    assert dateline_end(nlp("Kessler Group - the battery maker - hired Ana Ruiz."), 0) is None
    assert dateline_end(nlp("OSLO (Norvik) - Kessler Group hired Ana Ruiz."), 0) == 5  # "Kessler"
    # a hyphen in a sentence is no dateline's dash
    assert dateline_end(nlp("VEXA has cut jobs to break-even this year."), 0) is None


@pytest.mark.parametrize("dateline,places", [
    ("TARSKOV: ", {"Tarskov"}), ("NEW TARSKOV: ", {"New Tarskov"}), ("EXCLUSIVE: ", set()),
    ("TARSKOV, Oct 14 (Norvik) - ", {"Tarskov"}), ("NEW TARSKOV/MARLOW, Sept 10 (Norvik) - ", {"New Tarskov", "Marlow"}),
    ("TARSKOV, Ruvania (AP) — ", {"Tarskov", "Ruvania"}), ("TARSKOV -- ", {"Tarskov"})])
def test_the_names_a_dateline_opens_with_are_places(builder, dateline, places):
    _, entities = read(builder, dateline + "Kessler Group agreed to buy Brandis Systems on Monday.")
    assert {n for n, e in entities.items() if e.cls.endswith("#Place")} == places, entities


@pytest.mark.parametrize("text", ["VEXA CORP said on Monday that Kessler Group would buy Brandis Systems.",
                                  "Sales rose. NORDA -- the maker of Tarvix -- said so."])
def test_capitals_outside_a_dateline_are_no_place(builder, text):
    _, entities = read(builder, text)
    assert not any(e.cls.endswith("#Place") for e in entities.values()), entities


def test_a_name_cut_short_is_completed_to_the_name_written_elsewhere():
    # the tagger may take a name's first word for a verb ('Hugging' of a company called Hugging Kelvo); here
    # the parse is made by hand so that the test does not depend on the model's mistakes
    import spacy
    from spacy.tokens import Span

    from kg.extract.occurrences import completed

    nlp = spacy.blank("en")
    doc = nlp("Coral Vista said on Monday that Coral Vista grew , and Vista Labs lost .")
    found = [(Span(doc, 0, 2), "ORG"), (Span(doc, 7, 8), ""), (Span(doc, 11, 13), "ORG")]
    out = [(span.text, label) for span, label in completed(doc, found)]
    assert out == [("Coral Vista", "ORG"), ("Coral Vista", ""), ("Vista Labs", "ORG")]


def test_other_occurrences_of_a_name_are_names_too():
    # a name found once is a name where the tagger or NER missed it again; the first word of a name with an
    # organization suffix is its short name; an occurrence inside a longer capitalised run is another name
    import spacy
    from spacy.tokens import Doc

    from kg.extract.occurrences import with_other_occurrences

    words = ["Brightwave", "Pumps", "Inc.", "said", "Brightwave", "grew", ".", "Brightwave", "Labs", "lost", ",",
             "brightwave", "fell", "and", "Tidemark", "rose", "."]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT",
           "NOUN", "VERB", "CCONJ", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    found = [(doc[0:3], "ORG"), (doc[7:9], "ORG")]
    out = sorted((span.start, span.text, label) for span, label in with_other_occurrences(doc, found, {"Inc."}))
    assert out == [(0, "Brightwave Pumps Inc.", "ORG"), (4, "Brightwave", "ORG"), (7, "Brightwave Labs", "ORG")]
    # without the suffix, the first word is no short name
    assert len(with_other_occurrences(doc, found, set())) == 2


def test_proper_nouns_joined_before_the_ners_name_are_part_of_it():
    # parses made by hand, so that the test does not depend on the model's mistakes: 'BlueKite' compounded to
    # the organization 'Capital Partners', a first name before a surname alone; not a title or an honorific
    # before a person's full name
    import spacy
    from spacy.tokens import Doc, Span

    from kg.extract.mentions import _with_name_before

    nlp = spacy.blank("en")

    def parsed(words, pos, heads, deps, ent):
        doc = Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)
        return Span(doc, ent[0], ent[1], label=ent[2])

    org = parsed(["firm", "BlueKite", "Capital", "Partners", "grew"], ["NOUN", "PROPN", "PROPN", "PROPN", "VERB"],
                 [3, 3, 3, 4, 4], ["compound", "compound", "compound", "nsubj", "ROOT"], (2, 4, "ORG"))
    assert _with_name_before(org, set(), set()).text == "BlueKite Capital Partners"
    # ('Public Sector Tarvik Board', of which the NER saw 'Tarvik Board': a word compounded to one joined before it)
    chained = parsed(["So", "Public", "Sector", "Tarvik", "Board", "grew"],
                     ["ADV", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"], [5, 2, 4, 4, 5, 5],
                     ["advmod", "compound", "compound", "compound", "nsubj", "ROOT"], (3, 5, "ORG"))
    assert _with_name_before(chained, set(), set()).text == "Public Sector Tarvik Board"
    person = parsed(["chair", "Ana", "Ruiz", "spoke"], ["NOUN", "PROPN", "PROPN", "VERB"], [2, 2, 3, 3],
                    ["compound", "compound", "nsubj", "ROOT"], (2, 3, "PERSON"))
    assert _with_name_before(person, set(), set()).text == "Ana Ruiz"
    titled = parsed(["Navy", "Tomas", "Velmorov", "spoke"], ["PROPN", "PROPN", "PROPN", "VERB"], [2, 2, 3, 3],
                    ["compound", "compound", "nsubj", "ROOT"], (1, 3, "PERSON"))
    assert _with_name_before(titled, set(), set()).text == "Tomas Velmorov"
    honorific = parsed(["Ambassador", "Okun", "spoke"], ["PROPN", "PROPN", "VERB"], [1, 2, 2],
                       ["compound", "nsubj", "ROOT"], (1, 2, "PERSON"))
    assert _with_name_before(honorific, set(), {"ambassador"}).text == "Okun"


def test_an_ampersand_written_onto_a_name_is_part_of_it():
    import spacy
    from spacy.tokens import Doc

    from kg.extract.mentions import _trim

    nlp = spacy.blank("en")
    joined = Doc(nlp.vocab, words=["Kestrel", "x", "&", "said"], spaces=[True, False, True, False])
    assert _trim(joined[1:3]).text == "x&"
    spaced = Doc(nlp.vocab, words=["Kestrel", "&", "said"], spaces=[True, True, False])
    assert _trim(spaced[0:2]).text == "Kestrel"


def test_an_unclosed_parenthesis_ends_a_name():
    import spacy

    from kg.extract.mentions import _trim

    nlp = spacy.blank("en")
    doc = nlp("Kestrel Motors (KR.N) rose")
    assert _trim(doc[0:4]).text == "Kestrel Motors"  # the NER's 'Kestrel Motors (KR'
    assert _trim(doc[0:2]).text == "Kestrel Motors"


def test_a_dash_written_onto_a_capitalised_word_is_split_off(builder):
    doc = builder.nlp.make_doc("(Norvik) -Kestrel rose, e-Commerce grew -5% and -x fell, --Vexa too.")
    assert [t.text for t in doc] == ["(", "Norvik", ")", "-", "Kestrel", "rose", ",", "e", "-", "Commerce", "grew",
                                     "-5", "%", "and", "-x", "fell", ",", "--", "Vexa", "too", "."]


@pytest.mark.parametrize("text", ["Shares of Vexa Corp (VXC.O) rose after it said its unit Orbix grew.",
                                  "Kestrel Group <KEST.NS> said Vexa Corp would invest in it.",
                                  "Kestrel Group (NYSE: KG) said Vexa Corp would invest in it.",
                                  "Kestrel Group (Nasdaq: KEST) said Vexa Corp would invest in it.",
                                  "Kestrel Group (TYO:6594) said Vexa Corp would invest in it."])
def test_a_stock_ticker_is_no_name(builder, text):
    _, entities = read(builder, text)
    assert not {"VXC.O", "KEST.NS", "NYSE", "KG", "Nasdaq", "KEST", "TYO:6594"} & set(entities), entities
    assert {"Vexa Corp", "Kestrel Group"} & set(entities), entities


def test_a_currency_word_before_a_number_is_no_name(builder):
    # ('Rs' alone, the NER taking it for a place and the number for a date)
    _, entities = read(builder, "Kestrel Group has raised Rs 37 crore from investors including Vexa Capital.")
    assert set(entities) == {"Kestrel Group", "Vexa Capital"}, entities


def test_a_name_set_off_before_a_possessor_is_two_names(builder):
    # ('Ruiz, Vexa Labs' president', which the NER reads as one name; a city and its state stay two as before)
    _, entities = read(builder, '"We are proud," Ruiz, Vexa Labs\' president, said. Ana Ruiz founded it.')
    assert "Vexa Labs" in entities and not any("," in name for name in entities), entities
    _, entities = read(builder, "Dublin, Ohio's mayor spoke.")
    assert {"Dublin", "Ohio"} <= set(entities), entities


@pytest.mark.parametrize("credit", ["(Reporting by Jake Spring in Sao Paulo and Ana Ruiz in Madrid; Editing by Tom Brown)",
                                    "Reporting by Jake Spring in Sao Paulo; editing by Tom Brown",
                                    "($1 = 6.7 yuan) (Reporting by Jake Spring in Sao Paulo; Editing by Tom Brown)"])
def test_a_credit_line_names_nobody_in_the_story(builder, credit):
    facts, entities = read(builder, "Vexa Corp said sales rose. " + credit)
    assert set(entities) == {"Vexa Corp"}, entities
    assert not facts, facts


def test_a_sentence_opening_like_a_credit_line_is_read(builder):
    facts, _ = read(builder, "Vexa Corp said sales rose. Additional reporting by Orrin Labs shows Kestrel Group is "
                             "based in Oslo.")
    assert ("Kestrel Group", "basedIn", "Oslo") in facts, facts


@pytest.mark.parametrize("cc, both", [(True, True), (False, False)])
def test_a_name_the_parser_hung_on_the_next_with_its_and_is_joined_to_it(builder, cc, both):
    # 'Vexa bought Orbis Capital and Tarvo Group.', the parser's 'Capital' a modifier of 'Group' with the 'and' on
    # it; without an 'and' ('Orbis Capital Tarvo Group') the first name is no conjunct
    from test_rules_relations import candidates

    rows = [("Vexa", "Vexa", "PROPN", "NNP", "nsubj", 1, "B-ORG"), ("bought", "buy", "VERB", "VBD", "ROOT", 1, "O"),
            ("Orbis", "Orbis", "PROPN", "NNP", "nmod", 3, "B-ORG"), ("Capital", "Capital", "PROPN", "NNP", "nmod", 6, "I-ORG")]
    rows += [("and", "and", "CCONJ", "CC", "cc", 3, "O")] if cc else [("the", "the", "DET", "DT", "det", 6, "O")]
    rows += [("Tarvo", "Tarvo", "PROPN", "NNP", "compound", 6, "B-ORG"), ("Group", "Group", "PROPN", "NNP", "dobj", 1, "I-ORG"),
             (".", ".", "PUNCT", ".", "punct", 1, "O")]
    got = candidates(builder, rows)
    assert ("Vexa", "acquired", "Tarvo Group") in got, got
    assert (("Vexa", "acquired", "Orbis Capital") in got) == both, got


@pytest.mark.parametrize("name,short", [("VXA SE", "VXA"), ("Orbis AG", "Orbis")])
def test_a_legal_form_after_a_name_is_part_of_it(builder, name, short):
    # 'VXA SE Chief Executive Officer ...': the company is VXA SE (VXA for short), not one called 'SE'
    facts, entities = read(builder, f"{name} Chief Executive Officer Ana Ruiz has backed the plan. {short} said it "
                                    "would grow.")
    assert ("Ana Ruiz", "ceoOf", name) in facts, facts
    assert short in entities[name].aliases and not {"SE", "AG", short} & entities.keys(), entities


def test_pictographs_become_spaces_and_keep_every_offset():
    from kg.extract.pipeline import blank_pictographs

    text = "Trevo 🇨🇴 raised $3 million ™ from Alder Partners 🇺🇸. Café Zürich—Tarvoo! Canal+"
    blanked = blank_pictographs(text)
    assert len(blanked) == len(text)
    assert "🇨🇴" not in blanked and "™" not in blanked
    for word in ("Trevo", "Alder Partners", "Café Zürich—Tarvoo! Canal+"):  # (letters, dashes, signs stay)
        assert blanked[text.index(word):text.index(word) + len(word)] == word
    assert blank_pictographs("plain ASCII text") == "plain ASCII text"


def test_evidence_quotes_the_text_with_its_pictographs(builder):
    from kg.documents import Document

    text = "Trevo 🇨🇴 raised a $3 million seed round led by Alder Partners 🇺🇸."
    [dg] = list(builder.document_graphs([Document("t", text)]))
    assert dg.facts and all(f.evidence.sentence == text[f.evidence.start:f.evidence.end] for f in dg.facts)
    assert any("🇺🇸" in f.evidence.sentence for f in dg.facts)


def test_who_raises_a_round_is_a_company_whatever_the_ner_said(builder):
    # (the NER takes this one-word name for a person's; without the round it stays one)
    _, entities = read(builder, "Trevo raised a $3 million seed round led by Alder Partners.")
    assert entities["Trevo"].cls.endswith("#Organization")
    # (a person's name in full stays one: she raised it for her startup)
    _, entities = read(builder, "Priya Nair raised $2 million in a seed round led by Kestrel Ventures for her startup.")
    assert entities["Priya Nair"].cls.endswith("#Person")


def test_who_raises_a_round_is_a_company_whatever_its_head_noun_said(builder):
    # ('an app for booking buses' names what the company does: a made thing raises no money)
    _, entities = read(builder, "Velto, an app for booking buses, raised $42 million in a round led by Orvane Capital.")
    assert entities["Velto"].cls.endswith("#Organization")
    # (without the round it stays a made thing; a version's name stays one with it)
    _, entities = read(builder, "Velto, an app for booking buses, is popular in Nairobi.")
    assert entities["Velto"].cls.endswith("#Product")
    _, entities = read(builder, "Orvane Capital led a $5 million round in Tala 2, a chat app.")
    assert entities["Tala 2"].cls.endswith("#Product")


def test_a_name_a_country_possessive_introduces_is_a_company_the_ner_took_for_a_place(builder):
    # ('Sweden's Orvane' in a list of investors: no city before the region of 'Dubai-based Kestrel Capital')
    facts, entities = read(builder, "Velto Labs raised $42 million from investors including Sweden's Orvane, "
                                    "Dubai-based Kestrel Capital and Tarvo Partners.")
    assert entities["Orvane"].cls.endswith("#Organization")
    assert ("Kestrel Capital", "basedIn", "Dubai") in facts and ("Orvane", "investsIn", "Velto Labs") in facts
    assert not {("Kestrel Capital", "basedIn", "Orvane"), ("Orvane", "locatedIn", "Dubai")} & facts, facts
    # (a place's preposition before it, a cue word, a person's name: as the NER said; a city before its region too)
    for text, name, cls in [("Protests erupted in Brazil's Sao Paulo on Monday.", "Sao Paulo", "Place"),
                            ("Seoul's Magok district grew.", "Magok district", "Place"),
                            ("Britain's Lewis Hamilton won.", "Lewis Hamilton", "Person")]:
        _, entities = read(builder, text)
        assert entities[name].cls.endswith("#" + cls), (text, entities[name].cls)
    facts, _ = read(builder, "Waltham, Massachusetts-based Vexa grew.")
    assert ("Vexa", "basedIn", "Waltham") in facts


def test_what_a_person_founded_is_an_organization_whatever_its_head_noun_said(builder):
    # ('a payment network' names what the company does; a made thing has no founder)
    facts, entities = read(builder, "Kelvo, a payment network, was founded in 2014 by Ana Ruiz.")
    assert entities["Kelvo"].cls.endswith("#Organization") and ("Ana Ruiz", "founderOf", "Kelvo") in facts
    # (not what a person made, nor a version's name)
    for text, name in [("Ana Ruiz developed Tala, a chat app.", "Tala"), ("Ana Ruiz founded Tala 2, a chat app.", "Tala 2")]:
        _, entities = read(builder, text)
        assert entities[name].cls.endswith("#Product")


def test_a_name_without_a_version_keeps_the_words_a_head_noun_begins_with(builder):
    # ('its R1 AI model' names R1; 'the Vexa AI model family' may be Vexa AI's: no version, no cut)
    _, entities = read(builder, "Korvex uses the Vexa AI model family.")
    assert "Vexa AI" in entities and "Vexa" not in entities
    _, entities = read(builder, "Korvex uses the Tala 3 AI model.")
    assert "Tala 3" in entities and "Tala 3 AI" not in entities


def test_a_name_followed_by_which_and_never_by_who_is_no_person(builder):
    # (the NER takes 'Belo Karu' for a person's name; 'which' says it is not one)
    text = "Analysts said that Belo Karu, which provides mobile payment tools, was acquired by Orvane Group."
    _, entities = read(builder, text)
    assert entities["Belo Karu"].cls.endswith("#Organization")
    # ('who' says a person; a 'which' said of the whole clause says nothing of the name)
    for text in ("Ana Ruiz, who founded Kelvo Labs, said sales rose.", "Tom Hale, which is odd, said sales rose."):
        _, entities = read(builder, text)
        assert next(e for name, e in entities.items() if name in text.split(",")[0]).cls.endswith("#Person")


def test_a_city_after_a_possessive_stays_a_place(builder):
    # (a country's city the typer takes for one; a company's site before its region)
    for text, city in [("Kestrel Capital has invested heavily in Nigeria's Lagos over the past decade.", "Lagos"),
                       ("Colombia's Medellin and Ecuador's Quito are Velto's test markets.", "Medellin"),
                       ("Canada's Ontario province gave Velto a grant.", "Ontario province")]:
        _, entities = read(builder, text)
        assert entities[city].cls.endswith("#Place"), (text, entities[city].cls)
    facts, _ = read(builder, "Velto Labs' Austin, Texas, plant makes chips.")
    assert ("Austin", "locatedIn", "Texas") in facts
    facts, _ = read(builder, "Velto Labs opened an office in Brazil's Campinas, Sao Paulo.")
    assert ("Campinas", "locatedIn", "Sao Paulo") in facts


def test_a_firms_name_with_a_comma_before_a_possessive_stays_one(builder):
    _, entities = read(builder, "Tom Hale of Baker, Velto & Co.'s London office said deals rose.")
    assert "Baker, Velto & Co." in entities, entities


def test_a_states_abbreviation_after_a_city_is_a_place(builder):
    # ('MD' is a managing director's title as often as Maryland's abbreviation: left to the NER)
    for text, state in [("Velto Foods opened a plant in Baltimore, Md., last year.", "Md."),
                        ("Velto Labs is based in Rockville, MD.", "MD")]:
        _, entities = read(builder, text)
        assert entities[state].cls.endswith("#Place"), (text, entities)


@pytest.mark.parametrize("text, person, org", [
    # (a name the NER knows as a person's: what is tested is the title, not the typing of an unknown name)
    ("Mira Kovac, Secretary General of the Orvane Research Council, said the plan would work.",
     "Mira Kovac", "Orvane Research Council"),
    ("Tom Hale, the Director-General of Kestrel Agency, said the plan would work.", "Tom Hale", "Kestrel Agency")])
def test_a_title_with_general_after_its_noun_is_one_title(builder, text, person, org):
    # ('Secretary General': the adjective after the noun is no person's name, and the person is the one named)
    facts, entities = read(builder, text)
    assert "General" not in entities, entities
    assert entities[person].cls.endswith("#Person"), entities
    assert (person, "worksFor", org) in facts, facts


def test_general_alone_after_a_name_is_not_made_a_title(builder):
    # (a general's rank is no worksFor of the army it commands: 'General' is not a title cue alone)
    facts, entities = read(builder, "Ana Ruiz met General Tom Hale in Oslo.")
    assert entities["Tom Hale"].cls.endswith("#Person"), entities
    assert not any(f[1] == "worksFor" for f in facts), facts


@pytest.mark.parametrize("text, title", [("Brightwave named Tom Hale as its new chief executive.", "ceoOf"),
                                         ("Brightwave appointed Tom Hale as chief financial officer.", "worksFor")])
def test_who_names_someone_to_a_title_is_the_organization_and_holds_no_title_itself(builder, text, title):
    # (the verb's subject, which no NER label or cue types, is the organization a title is given at; the 'as'
    # names the object's title, not the subject's)
    facts, entities = read(builder, text)
    assert ("Tom Hale", title, "Brightwave") in facts, facts
    assert entities["Brightwave"].cls.endswith("#Organization"), entities


@pytest.mark.parametrize("text, fact", [
    ("Tom Hale joined Brightwave as chief executive.", ("Tom Hale", "ceoOf", "Brightwave")),
    ("Tom Hale was hired as chief executive of Vexa Labs.", ("Tom Hale", "ceoOf", "Vexa Labs"))])
def test_the_subject_of_a_verb_that_names_no_one_holds_the_title_after_as(builder, text, fact):
    assert fact in facts_of(builder, text)


def test_a_person_who_names_someone_stays_a_person(builder):
    _, entities = read(builder, "Senator Ana Ruiz named Tom Hale as her spokesman.")
    assert entities["Ana Ruiz"].cls.endswith("#Person"), entities


@pytest.mark.parametrize("text", ["Orbis Ventures participated in Tarvo's seed round.",
                                  "Orbis Ventures took part in Tarvo's Series A round."])
def test_whose_round_the_possessive_on_a_word_compounded_with_round_says(builder, text):
    # (the parser hangs 'Tarvo's' on 'seed' or 'Series': the round's owner all the same)
    assert ("Orbis Ventures", "investsIn", "Tarvo") in facts_of(builder, text)


def test_a_possessive_on_a_word_before_a_round_of_no_funding_names_no_recipient(builder):
    facts = facts_of(builder, "Orbis Ventures took part in the Kestrel Cup's final round.")
    assert not any(f[1] == "investsIn" for f in facts), facts


@pytest.mark.parametrize("text, fact", [
    ("The investment gives Orbis a 15% stake in Tarvo.", ("Orbis", "investsIn", "Tarvo")),
    ("The deal will give Kestrel Group a majority stake in Tarvo.", ("Kestrel Group", "owns", "Tarvo"))])
def test_a_stake_given_is_held_by_the_one_given_it(builder, text, fact):
    assert fact in facts_of(builder, text)


def test_the_giver_of_a_stake_holds_none_and_a_seat_is_no_stake(builder):
    facts = facts_of(builder, "Tarvo gave Orbis a seat on its board.")
    assert not any(f[1] in {"investsIn", "owns"} for f in facts), facts
    facts = facts_of(builder, "The investment gives Orbis a 15% stake in Tarvo.")
    assert ("Tarvo", "investsIn", "Orbis") not in facts and len(facts) == 1, facts


def test_a_name_only_the_ner_took_for_a_person_that_buys_a_company_is_an_organization(builder):
    # (the NER and the typer, unsure, say person; 'agreed to buy' wants an organization, which the ontology's
    # acquired has as its only subject)
    facts, entities = read(builder, "Kestrel Morgan agreed to buy Tarvo for $2 billion.")
    assert entities["Kestrel Morgan"].cls.endswith("#Organization"), entities
    assert ("Kestrel Morgan", "acquired", "Tarvo") in facts, facts


def test_a_person_a_cue_word_types_stays_a_person_whatever_the_verb_wants(builder):
    _, entities = read(builder, "Billionaire Tom Hale bought Tarvo in 2019.")
    assert entities["Tom Hale"].cls.endswith("#Person"), entities


def test_a_word_nothing_typed_before_a_chief_executive_title_is_the_organization(builder):
    # (the NER sees no name in 'Quillon'; the typer finds an organization about as likely as no entity)
    facts, entities = read(builder, "Quillon CEO Hana Sato told analysts that sales rose 12%.")
    assert ("Hana Sato", "ceoOf", "Quillon") in facts, facts
    assert entities["Quillon"].cls.endswith("#Organization"), entities


@pytest.mark.parametrize("text, word", [("Technical director Ana Ruiz said the car was fast.", "Technical"),
                                        ("Norway CEO Ana Ruiz said sales rose.", "Norway")])
def test_a_capitalised_word_or_a_region_before_a_title_is_no_organization(builder, text, word):
    _, entities = read(builder, text)
    assert word not in entities or entities[word].cls.endswith("#Place"), entities


def test_money_raised_with_participation_from_investors_is_theirs_in_the_raiser(builder):
    facts = facts_of(builder, "Quillon raised $12 million with participation from Orbis Ventures and Kestrel Capital.")
    assert {("Orbis Ventures", "investsIn", "Quillon"), ("Kestrel Capital", "investsIn", "Quillon")} <= facts, facts
    # (not a loan: 'with a loan from', nor help)
    facts = facts_of(builder, "Quillon raised $12 million with help from Kestrel Bank.")
    assert not any(f[1] == "investsIn" for f in facts), facts


@pytest.mark.parametrize("text, name, fact", [
    ("Grace Mwangi has been named CEO of Zentrix.", "Zentrix", ("Grace Mwangi", "ceoOf", "Zentrix")),
    ("Ana Ruiz, the founder of Brixo, spoke on Monday.", "Brixo", ("Ana Ruiz", "founderOf", "Brixo")),
])
def test_a_name_only_the_ner_took_for_a_place_that_a_sure_reading_wants_an_organization_of_is_one(
        builder, text, name, fact):
    # (the NER takes the unknown company for a place, and the typer follows it and the words around the name)
    facts, entities = read(builder, text)
    assert entities[name].cls.endswith("#Organization"), entities
    assert fact in facts, facts


@pytest.mark.parametrize("text, name", [
    ("Ana Ruiz, the governor of Tarvik, said the plant would open.", "Tarvik"),  # (a title not only of companies)
    ("Ana Ruiz, chief executive for Norway, said sales rose.", "Norway"),  # (a place the typer knows by its name)
])
def test_a_place_a_reading_cannot_make_an_organization(builder, text, name):
    _, entities = read(builder, text)
    assert entities[name].cls.endswith("#Place"), entities



def test_a_name_no_dictionary_knows_after_a_countrys_possessive_is_a_company_based_there(builder):
    # (the NER takes 'Fennick' for a place; a country's possessive before a name no dictionary has is news's way of
    # saying where a company is from)
    facts, entities = read(builder, "Kenya's Fennick, backed by Marrow Bay Partners, plans to expand into Uganda.")
    assert entities["Fennick"].cls.endswith("#Organization"), entities
    assert ("Fennick", "basedIn", "Kenya") in facts, facts


@pytest.mark.parametrize("text, name", [
    ("Protests spread in Brazil's Sao Paulo.", "Sao Paulo"),  # (a place's preposition before it)
    ("Traffic clogged Kenya's Nairobi on Monday.", "Nairobi"),  # (a word of the dictionary's)
    ("Spain's Velmora region voted.", "Velmora"),  # (a place's head noun after it)
])
def test_a_place_after_a_countrys_possessive_stays_a_place(builder, text, name):
    _, entities = read(builder, text)
    assert entities[name].cls.endswith("#Place"), entities


@pytest.mark.parametrize("text, backers", [
    ("The Series B round was co-led by Oakhurst Capital and Pellmore Ventures, valuing Zentrix Labs at $400 million.",
     {"Oakhurst Capital", "Pellmore Ventures"}),
    ("This second round of financing, led by Orbis Capital, values Kelvo Labs at 2 billion euros.", {"Orbis Capital"}),
    ("Orbis Capital led the round, which values Kelvo Labs at $2 billion.", {"Orbis Capital"}),
])
def test_what_a_round_values_at_an_amount_is_who_got_it(builder, text, backers):
    facts = facts_of(builder, text)
    recipient = text.split(" valu")[1].split(" at ")[0].split(" ", 1)[1]
    assert {(b, "investsIn", recipient) for b in backers} <= facts, facts


def test_a_valuation_of_no_round_says_no_investment(builder):
    # (a stake bought at a valuation: who sold it is not told; a valuation by what a company said of it)
    assert not any(f[1] == "investsIn" for f in facts_of(
        builder, "Orbis Capital bought the shares, valuing Kelvo Labs at $2 billion."))


def test_a_title_of_a_company_named_after_its_kind_words(builder):
    # 'co-founder of payments company Orvane', the parser hanging Orvane on Tom Hale and 'payments' on 'of'
    facts = facts_of(builder, "Investors included Tom Hale, co-founder of payments company Orvane.")
    assert ("Tom Hale", "founderOf", "Orvane") in facts, facts
    # not a plural object of the title itself, right before a name
    facts = facts_of(builder, "Vexa Corp's head of global payments Tom Hale told reporters the deal was good.")
    assert ("Tom Hale", "worksFor", "Vexa Corp") in facts and not any(o == "Tom Hale" for _, _, o in facts), facts


def test_an_organization_joined_by_and_after_a_title_is_no_employer(builder):
    facts = facts_of(builder, "The deal was signed by Tom Hale, chief executive, and Brenta Corp.")
    assert not any(s == "Tom Hale" and o == "Brenta Corp." for s, _, o in facts), facts


def test_partners_in_founding_are_founders(builder):
    # the subject untyped when the verb is read (the NER sees no name in it)
    facts = facts_of(builder, "Ana Ruiz co-founded Tarvik Labs with Tom Hale in 2019.")
    assert {("Ana Ruiz", "founderOf", "Tarvik Labs"), ("Tom Hale", "founderOf", "Tarvik Labs")} <= facts, facts
    # the parser hanging 'with' on the company
    facts = facts_of(builder, "Ana Ruiz left in 2016 to co-found Tarvik Labs with Tom Hale and Li Wei.")
    assert {("Tom Hale", "founderOf", "Tarvik Labs"), ("Li Wei", "founderOf", "Tarvik Labs")} <= facts, facts
    # not what a company is founded with
    facts = facts_of(builder, "Tom Hale founded Tarvik Labs with money from Kolt Capital.")
    assert not any(s == "Kolt Capital" for s, _, _ in facts), facts


def test_a_gerund_after_a_preposition_of_time_is_done_by_the_clauses_subject(builder):
    facts = facts_of(builder, "Tom Hale ran ads at Orvane Corp before founding Tarvik Labs.")
    assert ("Tom Hale", "founderOf", "Tarvik Labs") in facts, facts
    facts = facts_of(builder, "Orvane Corp grew by buying Kelda Labs.")
    assert ("Orvane Corp", "acquired", "Kelda Labs") in facts, facts


@pytest.mark.parametrize("text", ["Orvane Corp talked about buying Kelda Labs.",
                                  "Orvane Corp grew without buying Kelda Labs."])
def test_a_gerund_after_about_or_without_is_not_done(builder, text):
    facts = facts_of(builder, text)
    assert ("Orvane Corp", "acquired", "Kelda Labs") not in facts, facts


def test_the_city_region_based_company_is_the_company_not_the_city(builder):
    facts = facts_of(builder, "Orvane Corp makes chips. The Boise, Idaho-based company bought Tarvik Labs in May.")
    assert ("Orvane Corp", "acquired", "Tarvik Labs") in facts and not any(
        s == "Boise" and p == "acquired" for s, p, _ in facts), facts


def test_an_object_pronoun_stands_for_a_name_of_its_own_sentence(builder):
    facts = facts_of(builder, "Kelvo Corp raised money. Tom Hale left phone maker Zentrix Corp in 2020, seven years "
                              "after setting it up with Li Wei.")
    assert ("Li Wei", "founderOf", "Zentrix Corp") in facts and not any(o == "Kelvo Corp" for _, _, o in facts), facts


def test_a_subject_pronoun_inside_a_relative_clause_stands_for_the_clauses_name(builder):
    facts = facts_of(builder, "Brenta Corp was spun off in 2021 by Kelvo Corp, which had held a majority of its "
                              "shares since it bought Zentrix Corp in 2016.")
    assert ("Kelvo Corp", "acquired", "Zentrix Corp") in facts and ("Brenta Corp", "acquired", "Zentrix Corp") \
        not in facts, facts
    facts = facts_of(builder, "Tom Hale met Maria Lopez, who said she had founded Tarvik Labs in 2019.")
    assert ("Maria Lopez", "founderOf", "Tarvik Labs") in facts and ("Tom Hale", "founderOf", "Tarvik Labs") \
        not in facts, facts


def test_headquarters_with_a_phrase_or_a_place_before_the_seat_noun(builder):
    facts = facts_of(builder, "Solvane, with headquarters in Stockholm and a lab in Tallinn, makes drones.")
    assert ("Solvane", "headquarteredIn", "Stockholm") in facts and ("Solvane", "headquarteredIn", "Tallinn") \
        not in facts, facts
    facts, entities = read(builder, "Arkwell Group's Melbourne headquarters will close next year.")
    assert ("Arkwell Group", "headquarteredIn", "Melbourne") in facts and entities["Melbourne"].cls.endswith("#Place")
    # not a name before another noun
    facts = facts_of(builder, "Arkwell Group's Oslo office will close.")
    assert not any(p == "headquarteredIn" for _, p, _ in facts), facts


def test_a_place_set_off_before_an_investment_is_its_setting_not_its_target(builder):
    # (the verb has an 'in' of its own after it; the place before the clause is where it happened)
    [dg] = list(builder.document_graphs([Document("t", "In Norway, Kelvo Capital invested for the third time in "
                                                       "Tarvik Labs, a model developer, during a $2 billion Series C.")]))
    [investment] = dg.investments
    assert investment.target is None or dg.entities[investment.target].name != "Norway", dg.entities
    [dg] = list(builder.document_graphs([Document("t", "In 2020, Kelvo Capital invested $2 billion in Tarvik Labs.")]))
    assert [dg.entities[i.target].name for i in dg.investments if i.target is not None] == ["Tarvik Labs"]


def test_money_put_into_a_company_is_an_investment(builder):
    facts = facts_of(builder, "Oakhurst Capital has put $15 million into Corvel Labs.")
    assert ("Oakhurst Capital", "investsIn", "Corvel Labs") in facts, facts
    facts = facts_of(builder, "Orvane Corp put Tarvik Labs into administration.")
    assert not any(p == "investsIn" for _, p, _ in facts), facts


def test_a_sister_company_is_not_owned_by_its_sister(builder):
    facts = facts_of(builder, "Nimbra and its sister company Glint Labs are both owned by Velto Corp.")
    assert ("Nimbra", "owns", "Glint Labs") not in facts and ("Velto Corp.", "owns", "Glint Labs") in facts, facts


def test_a_buyout_agreed_to_is_an_acquisition(builder):
    # 'buyout', which the tagger takes for a verb, with the 'by' hung on the phrase's first noun
    facts = facts_of(builder, "Kestrel Corp agreed late on Sunday to a $4.5 billion cash and stock buyout by Orvane Corp.")
    assert ("Orvane Corp.", "acquired", "Kestrel Corp") in facts, facts
    facts = facts_of(builder, "Orvane Corp is gobbling up Kelvo Labs.")
    assert ("Orvane Corp", "acquired", "Kelvo Labs") in facts, facts
    # a payment in cash is no acquisition of the payer's
    facts = facts_of(builder, "Kestrel Corp agreed to a cash payment by Orvane Corp.")
    assert not any(p == "acquired" for _, p, _ in facts), facts


def test_the_round_opening_a_sentence_is_parsed_as_a_noun(builder):
    # the small model tags 'round' after 'The' as an adjective and the verb after it as a modifier
    facts = facts_of(builder, "Mexican lender Orvane Corp has raised $45 million in a Series B funding round. The round "
                              "featured participation from investors Varen Partners, Greyfen Capital, and Mount Orla "
                              "Ventures.")
    assert {("Varen Partners", "investsIn", "Orvane Corp"), ("Mount Orla Ventures", "investsIn", "Orvane Corp")} \
        <= facts, facts


def test_round_out_stays_a_verb(builder):
    doc = builder._local().nlp("Orvane Corp will round out its portfolio.")
    assert doc[3].pos_ == "VERB", [(t.text, t.pos_) for t in doc]


def test_a_parenthesis_the_parser_hangs_on_the_participle_still_opens_on_the_name(builder):
    facts = facts_of(builder, "Earlier successes included Velmora (later acquired by Brenta Corp) and Trendova (later "
                              "acquired by Kelvo Corp).")
    assert ("Kelvo Corp", "acquired", "Trendova") in facts and ("Kelvo Corp", "acquired", "Velmora") \
        not in facts, facts


def test_an_organizations_name_before_its_headquarters_occupies_them(builder):
    facts = facts_of(builder, "At a briefing at Orvane Corp headquarters in nearby Rockville, Tom Hale spoke.")
    assert ("Orvane Corp", "headquarteredIn", "Rockville") in facts, facts
    # a time after 'in' is no place; a person's name before the noun is no occupant
    facts = facts_of(builder, "Tom Hale spoke at Orvane Corp headquarters in May.")
    assert not any(p == "headquarteredIn" for _, p, _ in facts), facts


def test_a_persons_home_in_a_place_is_where_they_live(builder):
    facts = facts_of(builder, "Tom Hale, a professor at Orvane College, died Monday night at his home in suburban "
                              "Larchmont, the college said.")
    assert ("Tom Hale", "livesIn", "Larchmont") in facts, facts
    # not homes a company builds, nor a home that was
    facts = facts_of(builder, "Orvane Corp builds homes in Oslo. Tom Hale sold his former home in Bergen.")
    assert not any(p in {"livesIn", "basedIn"} for _, p, _ in facts), facts


def test_a_second_title_joined_to_the_first_titles_organization_is_the_holders(builder):
    facts = facts_of(builder, "Tom Hale, a professor of physics at Orvane College and honorary president of the Kelvo "
                              "Society, died Monday.")
    assert ("Tom Hale", "worksFor", "Kelvo Society") in facts, facts


def test_serving_in_a_body_is_working_for_it(builder):
    facts = facts_of(builder, "Tom Hale, a Republican who served 24 years in the Orvane Council, denied the report.")
    assert ("Tom Hale", "worksFor", "Orvane Council") in facts, facts
    facts = facts_of(builder, "Tom Hale served in Iraq in 2004.")
    assert not facts, facts


def test_stepping_down_for_a_reason_is_leaving(builder):
    facts = facts_of(builder, "Orvane Corp said on Friday that chief executive Tom Hale had stepped down for personal "
                              "reasons.")
    assert ("Tom Hale", "ceoOf", "Orvane Corp") not in facts, facts
    # leaving for another company says nothing of the title's end here
    facts = facts_of(builder, "Orvane Corp chief executive Tom Hale flew to Paris.")
    assert ("Tom Hale", "ceoOf", "Orvane Corp") in facts, facts


def test_a_phrase_after_a_fronted_name_stands_for_it_only_when_commas_set_it_off(builder):
    from kg.extract.mentions import fronted_apposition

    nlp = builder._local().nlp
    doc = nlp("Zapline, the chatbot developed by Kelvo Systems, is popular.")
    assert fronted_apposition(doc[0:1]) is not None and fronted_apposition(doc[0:1]).text == "chatbot"
    # (an aside of who said it, not a phrase about the name; a name that is itself the subject)
    for text in ["Zapline, the company said, will grow.", "Kelvo, the maker of Zapline, said sales rose."]:
        doc = nlp(text)
        assert fronted_apposition(doc[0:1]) is None, text


def test_a_title_the_ner_took_for_a_place_is_no_name_only_where_a_title_stands(builder):
    _, entities = read(builder, "\"Margins will hold,\" said Tom Hale, MD and CEO, Kelvo Systems.")
    assert "MD" not in entities, entities
    # (a region after a city keeps its name)
    _, entities = read(builder, "Kelvo Systems has an office in Bethesda, MD, and another in Velmora.")
    assert "MD" in entities, entities


def test_a_role_is_ended_by_death_only(builder):
    for text in ["Tom Hale, Kelvo Systems' chairman, passed the budget on Monday.",
                 "Kelvo Systems chairman Tom Hale did not die in the crash."]:
        assert ("Tom Hale", "worksFor", "Kelvo Systems") in facts_of(builder, text), text


def test_nouns_of_kinds_of_business_make_the_name_after_them_an_organization(builder):
    _, entities = read(builder, "The Orvane Group, which is behind the discounters Kelvo and Brentix, gave no details.")
    assert all(entities[n].cls.endswith("#Organization") for n in ("Kelvo", "Brentix")), entities
    _, entities = read(builder, "Tom Hale joined French utility Zarvia last year.")
    assert entities["Zarvia"].cls.endswith("#Organization"), entities


def test_a_word_of_nationality_is_no_name(builder):
    _, entities = read(builder, "Ugandan startup Zarvia raised $5 million. Its rival is a Vietnamese lender.")
    assert "Zarvia" in entities and not {"Ugandan", "Vietnamese"} & set(entities), entities
    # (but a surname that is also such a word, and the noun of a place with its article, are names)
    _, entities = read(builder, "Tom Norman lives in Oslo. Norman said he would stay.")
    assert "Tom Norman" in entities and entities["Tom Norman"].cls.endswith("#Person"), entities
    facts, _ = read(builder, "The 4th Fleet of the Brenta Navy is based in the Mediterranean.")
    assert any(o == "Mediterranean" for _, _, o in facts), facts


def test_a_name_of_no_dictionary_words_before_a_noun_of_made_things_is_the_thing(builder):
    facts, entities = read(builder, "Zentrix Labs, the maker of the Skyrun game, grew.")
    assert entities["Skyrun"].cls.endswith("#Product") and ("Zentrix Labs", "develops", "Skyrun") in facts, entities
    # (a place's name before a noun is where the noun comes from: 'the Arizona senator')
    _, entities = read(builder, "Tom Hale, the Arizona senator, spoke.")
    assert entities["Arizona"].cls.endswith("#Place"), entities


@pytest.mark.parametrize("text,title", [
    ("Tom Hale resigned as the Chief Executive Officer (CEO) and Managing Director (MD) of Orvane Corp.",
     {"Managing Director", "MD"}),
    ("One of them is Associate Professor Ana Ruiz, who teaches at Velmora University.", {"Associate"}),
    ("Kelvo Labs named Tom Hale its Executive Vice President.", {"Vice President", "Executive Vice President"}),
])
def test_a_title_with_the_words_that_rank_it_is_no_name(builder, text, title):
    _, entities = read(builder, text)
    assert not title & set(entities), entities


def test_a_name_written_with_its_web_addresss_ending_is_one_name(builder):
    facts, entities = read(builder, "Kelvo.AI co-founders Tom Hale and Ana Ruiz are returning to Orvane Corp.")
    assert ("Tom Hale", "founderOf", "Kelvo.AI") in facts and "Kelvo" not in entities, (facts, entities)
    # (two sentences written without a space between them stay two)
    _, entities = read(builder, "The plant opened in Velmora City.It employs Ana Ruiz.")
    assert not any("." in name for name in entities), entities


def test_a_former_name_in_brackets_is_another_name_of_the_thing_before_it(builder):
    facts, entities = read(builder, "Kelvo Labs (previously known as Zentrix) raised $5 million from Orvane Capital.")
    assert "Zentrix" not in entities and "Zentrix" in entities["Kelvo Labs"].aliases, entities
    assert ("Orvane Capital", "investsIn", "Kelvo Labs") in facts, facts
    facts, entities = read(builder, "Tom Hale, who is also the owner of Orvane Corp and Tarvik (formerly Zentrix), "
                                    "left Brenta Labs in 2018.")
    assert not any("Zentrix" in (s, o) for s, _, o in facts), facts
    # (not a name in brackets that is no former name: 'Kelvo Labs (Zentrix's unit)')
    _, entities = read(builder, "Kelvo Labs (a Zentrix Group unit) raised $5 million from Orvane Capital.")
    assert "Zentrix Group" in entities, entities


@pytest.mark.parametrize("kind, topic", [("a startup that", True), ("an architect who", False)])
def test_mentions_only_the_ner_took_for_a_persons_count_for_the_company_their_name_is(builder, kind, topic):
    # 'Kelvo, a startup, ...' then 'Kelvo is not disclosing ...', 'Kelvo had raised ...', the NER taking the later ones
    # for a person's: the article is about the company, whose founder and CEO a title with no organization names; not
    # when the name's mentions together say it is a person's
    text = (f"Travel has changed a lot in recent years. Kelvo, {kind} designs apart-hotels, has raised $100 million. "
            "The Series B was led by Orvane Capital, with participation from Tarvik Partners and Brenta Ventures. Kelvo "
            "is not disclosing its valuation, but Tom Hale, the founder and CEO, said in an interview that it is a huge "
            "upround. Before this, Kelvo had raised around $17 million.")
    facts, _ = read(builder, text)
    assert (("Tom Hale", "ceoOf", "Kelvo") in facts) == topic, facts


def test_which_after_the_agent_of_a_participle_is_said_of_the_noun_the_participle_is_on(builder):
    # 'the phone start-up founded by Zentrix co-creator Tom Hale, which had shut down': the start-up shut down, and Tom
    # Hale stays a person (the parser hangs 'which' on the last name)
    facts, entities = read(builder, "In 2021 it also bought the Kelvo brand from Kelvo Products, the phone start-up "
                                    "founded by Zentrix co-creator Tom Hale, which had shut down the previous year.")
    assert entities["Tom Hale"].cls.endswith("#Person") and ("Tom Hale", "founderOf", "Kelvo Products") in facts, facts
    # (a name 'which' is said of, with no participle before it, is no person's still)
    _, entities = read(builder, "Analysts said that Velmora Tele, which provides mobile payment tools, was acquired by "
                                "Orvane Group.")
    assert not entities["Velmora Tele"].cls.endswith("#Person"), entities


def test_a_versioned_name_in_a_text_about_models_is_an_ai_model(builder):
    _, entities = read(builder, "Kelvo Labs released Tarvo-3 on Monday. The model beats older models on reasoning "
                                "benchmarks, the company said.")
    assert entities["Tarvo-3"].cls.endswith("#AIModel"), entities
    # (a noun of its own says what thing it is; a text with no talk of models leaves it a made thing)
    _, entities = read(builder, "Kelvo Labs released Tarvo-3 on Monday. The model beats older models on tests. It "
                                "also sells the Velo 2 phone.")
    assert entities["Velo 2"].cls.endswith("#Product"), entities
    _, entities = read(builder, "Kelvo Labs released Tarvo-3 on Monday, with a better camera than its last phone.")
    assert entities["Tarvo-3"].cls.endswith("#Product"), entities


def test_a_roman_numeral_after_a_firms_suffix_ends_the_firms_name(builder):
    _, entities = read(builder, "The round was led by Kelvo Capital III and Tom Gardner III.")
    assert entities["Kelvo Capital III"].cls.endswith("#Organization"), entities
    assert entities["Tom Gardner III"].cls.endswith("#Person"), entities


@pytest.mark.parametrize("place, word, of", [
    ("Kenya", "Kenyan", True), ("China", "Chinese", True), ("Israel", "Israeli", True), ("Germany", "German", True),
    ("South Africa", "South African", True), ("Saudi Arabia", "Saudi", True), ("Singapore", "Singaporean", True),
    ("Norway", "Norwegian", False),  # (a shape the rule does not know: missed, not mistaken)
    ("US", "US", False), ("South Africa", "South", False), ("Kenya", "Kenyatta", False), ("Oslo", "Oslovian", False),
    ("Bergen", "Norwegian", False),
])
def test_a_word_of_nationality_is_told_by_its_places_name(place, word, of):
    from kg.extract.mentions import demonym_of

    assert demonym_of(place, word) is of


def test_a_name_whose_abbreviations_period_ends_the_sentence_is_also_read_without_it(builder):
    # ('... and Kelvo Corp. The deal closed': the period is the abbreviation's and the sentence's)
    _, entities = read(builder, "Its backers include Tarvik Holdings Ltd and Kelvo Corp.  \"The deal is done,\" it said.")
    assert "Kelvo Corp" in entities["Kelvo Corp."].aliases, entities
    # (not where the sentence goes on)
    _, entities = read(builder, "Kelvo Corp. said it would buy Tarvik Holdings Ltd for $5 million.")
    assert "Kelvo Corp" not in entities["Kelvo Corp."].aliases, entities


def test_a_word_of_nationality_the_ner_ran_into_a_persons_name_is_left_out_when_the_text_names_its_place(builder):
    facts, _ = read(builder, "Uganda is a growing market. Tarvik Pay was founded in 2018 in Oslo by Ugandan Tom Hale.")
    assert ("Tom Hale", "founderOf", "Tarvik Pay") in facts, facts
    # (with no such place named, the word may as well be a given name's: the name stays as the NER has it)
    _, entities = read(builder, "Tarvik Pay was founded in 2018 in Oslo by Ugandan Tom Hale.")
    assert "Ugandan Tom Hale" in entities, entities



def test_the_scale_after_an_amounts_number_is_no_name(builder):
    # ('a $2 Bn fund': the tagger's proper noun is the amount's scale, no thing the company owns)
    facts, entities = read(builder, "Tarvik Partners closed its $2 Bn fund, Tom Hale said.")
    assert "Bn" not in entities, entities
    assert not {f for f in facts if f[0] == "Tarvik Partners"}, facts
    # (a name that is such a word and no number's stays one)
    _, entities = read(builder, "Tom Hale joined Kelvo Capital from Bn Systems in 2019.")
    assert "Bn Systems" in entities, entities


def test_its_in_a_clause_whose_subject_is_the_company_is_what_that_description_stands_for(builder):
    # (not the subject of a sentence before, when the one the description stands for was no subject)
    text = ("Leapfrog Partners took part in that round. The next round was raised by Oslo-based startup Orvane Health. "
            "The startup raised $125 million in its Series B round from Kelvo Capital.")
    facts, _ = read(builder, text)
    assert ("Kelvo Capital", "investsIn", "Orvane Health") in facts, facts
    assert ("Kelvo Capital", "investsIn", "Leapfrog Partners") not in facts, facts
    # (a subject that is a name: the pronoun's own reading, as before)
    facts, _ = read(builder, "Leapfrog Partners took part in that round. Orvane Health raised $125 million in its "
                             "Series B round from Kelvo Capital.")
    assert ("Kelvo Capital", "investsIn", "Orvane Health") in facts, facts


def test_the_field_a_minister_is_of_is_no_organization(builder):
    # ('Minister of Economy and Finance': a field, not an organization the minister works for)
    text = ("The deal was signed by Tom Hale, Minister of Artificial Intelligence and Digital Innovation, and Ana "
            "Ruiz, Minister of Government Transformation, Public Works and Procurement.")
    facts, entities = read(builder, text)
    assert not facts, facts
    assert set(entities) == {"Tom Hale", "Ana Ruiz"}, entities
    # (the country a minister is of is a place still; a ministry is an organization)
    _, entities = read(builder, "Tom Hale, the Prime Minister of Norway, met officials of the Ministry of Finance.")
    assert "Norway" in entities, entities
    assert any("Ministry of Finance" in name for name in entities), entities


def test_what_a_company_almost_did_is_not_done(builder):
    # ('almost bought', 'nearly sold ... to': a deal that came close and did not happen)
    facts, _ = read(builder, "Kelvo Chips almost bought Orvane Graphics in 2006.")
    assert ("Kelvo Chips", "acquired", "Orvane Graphics") not in facts, facts
    facts, _ = read(builder, "Eight years ago, Kelvo Motors nearly sold Orvane Cars to Tarvik Parts.")
    assert ("Tarvik Parts", "acquired", "Orvane Cars") not in facts, facts
    # (not 'nearly' of an amount or a time: the deal and the role stand)
    facts, _ = read(builder, "Kelvo Chips bought nearly 10% of Orvane Graphics in 2006.")
    assert ("Kelvo Chips", "investsIn", "Orvane Graphics") in facts, facts
    facts, _ = read(builder, "Tom Hale has run Orvane Graphics for almost ten years.")
    assert ("Tom Hale", "worksFor", "Orvane Graphics") in facts, facts


def test_money_received_from_a_company_is_its_investment_unless_paid_for_something(builder):
    facts, _ = read(builder, "Among the deals, Zenbot Games received $50 million from Kelvo Active.")
    assert ("Kelvo Active", "investsIn", "Zenbot Games") in facts, facts
    # (a payment for something, a settlement, a sale's proceeds: no investment)
    for text in ("Orvane Foods received $14 million from Kelvo Media as part of a settlement.",
                 "Orvane Foods received $14 million from Kelvo Media for its stake in Tarvik Labs.",
                 "Orvane Foods received $14 million from Kelvo Media in damages.",
                 "Orvane Foods received $14 million from the sale of its unit to Kelvo Media."):
        facts, _ = read(builder, text)
        assert ("Kelvo Media", "investsIn", "Orvane Foods") not in facts, (text, facts)


def test_names_a_company_counts_among_its_investors_hold_that_title(builder):
    facts, _ = read(builder, "Orvane Rides counts Kelvo Capital, Tarvik Corp. and Brenta Holdings among its backers.")
    assert {("Kelvo Capital", "investsIn", "Orvane Rides"), ("Tarvik Corp.", "investsIn", "Orvane Rides"),
            ("Brenta Holdings", "investsIn", "Orvane Rides")} <= facts, facts
    # (a noun of no title: companies in a relation of their own)
    facts, _ = read(builder, "Orvane Rides counts Kelvo Capital and Tarvik Corp. among its rivals.")
    assert not facts, facts


def test_a_name_that_begins_the_next_clause_is_no_object_of_the_verb_before(builder):
    # ('Kelvo has backed Orvane and Tarvik has partnered with ...': the parser joins Tarvik to Orvane)
    text = ("Yet while Kelvo Corp. has backed Orvane AI and Tarvik has partnered with companies including Zentrix, "
            "Brenta has not been active.")
    facts, _ = read(builder, text)
    assert ("Kelvo Corp.", "investsIn", "Orvane AI") in facts, facts
    assert ("Kelvo Corp.", "investsIn", "Tarvik") not in facts, facts
    # (names joined as objects, and subjects joined before their verb, are read as before)
    facts, _ = read(builder, "Kelvo Corp. has backed Orvane AI and Tarvik Labs.")
    assert {("Kelvo Corp.", "investsIn", "Orvane AI"), ("Kelvo Corp.", "investsIn", "Tarvik Labs")} <= facts, facts
    facts, _ = read(builder, "Kelvo Corp. and Tarvik Labs have backed Orvane AI.")
    assert {("Kelvo Corp.", "investsIn", "Orvane AI"), ("Tarvik Labs", "investsIn", "Orvane AI")} <= facts, facts


def test_an_organizations_title_after_a_name_in_a_predicate_is_that_names(builder):
    # ('X became a partner in Kelvo Games, the developer of ...': the developer is Kelvo Games, not X)
    facts, _ = read(builder, "CVC became the sole partner in Kelvo Games, the developer of games like Royal Zenno "
                             "and Velmora Quest.")
    assert {("Kelvo Games", "develops", "Royal Zenno"), ("Kelvo Games", "develops", "Velmora Quest")} <= facts, facts
    assert not {f for f in facts if f[0] == "CVC" and f[1] == "develops"}, facts
    # (a person's titles listed after the first are still the person's)
    facts, _ = read(builder, "Tom Hale is chairman of Kelvo Holdings, president of the Tarvik Institute and "
                             "director of Brenta Ltd.")
    assert {("Tom Hale", "worksFor", "Tarvik Institute"), ("Tom Hale", "worksFor", "Brenta Ltd.")} <= facts, facts


def test_what_a_maker_makes_things_for_is_not_what_it_makes(builder):
    # ('an app developer for Zenix devices and the Velmac': what it serves)
    facts, _ = read(builder, "Kelvo Software, an app developer for Zenix devices and the Velmac, said its staff "
                             "was moving.")
    assert not {f for f in facts if f[1] == "develops"}, facts
    # (what it is the maker of is what it makes; the 'for' of another title is read as before)
    facts, _ = read(builder, "Kelvo Software, the developer of Zenix, said its staff was moving.")
    assert ("Kelvo Software", "develops", "Zenix") in facts, facts
    facts, _ = read(builder, "Brenta Capital, the lead investor for Orvane Health, said it was pleased.")
    assert ("Brenta Capital", "investsIn", "Orvane Health") in facts, facts


def test_a_title_phrase_set_off_after_a_name_is_the_names_however_the_parser_hung_it(builder):
    # (the small model hangs 'the ... creator of' on the verb, not on the name before its comma)
    text = ("Norway’s Kelvo in August announced it has reached an agreement to take over Tarviksoft, the "
            "Oslo-headquartered creator of mobile games such as Zenno Towers and Tarla Royale.")
    facts, _ = read(builder, text)
    assert {("Tarviksoft", "develops", "Zenno Towers"), ("Tarviksoft", "develops", "Tarla Royale"),
            ("Tarviksoft", "headquarteredIn", "Oslo")} <= facts, facts
    # (not a phrase with no determiner, nor one after no name)
    facts, _ = read(builder, "Kelvo announced on Monday, creator of games such as Zenno Towers, a new plan.")
    assert not {f for f in facts if f[1] == "develops" and f[0] != "Kelvo"}, facts


@pytest.mark.parametrize("line, headline", [
    ("“A hub for great game talent”", True),  # (a subheading quoting the story)
    ("Kelvo buys Tarvik for $5 million", True),
    ("“We will grow,” she said.", False), ("“We will grow.”", False), ("He said it would “grow fast”.", False),
])
def test_a_line_all_quotation_that_ends_no_sentence_is_a_headline(line, headline):
    from kg.extract.mentions import ends_headline

    assert ends_headline(line, "Kelvo said on Monday it had grown.") is headline


def test_a_round_of_an_amount_for_a_company_is_its_funding(builder):
    facts, _ = read(builder, "Kelvo Capital led a funding round of $600 million for Orvane.")
    assert ("Kelvo Capital", "investsIn", "Orvane") in facts, facts
    # (not a round of anything else)
    facts, _ = read(builder, "Kelvo Capital led a round of talks for Orvane.")
    assert ("Kelvo Capital", "investsIn", "Orvane") not in facts, facts


def test_an_abbreviated_kind_of_organization_the_ner_ran_into_a_name_is_left_out(builder):
    _, entities = read(builder, "Chinese MNC Kelvo has led a funding round of $600 million for AI startup Orvane.")
    assert "Kelvo" in entities and "MNC Kelvo" not in entities, entities
    # (an abbreviation that is no kind stays in the name)
    _, entities = read(builder, "Kelvo said ABN Tarvik Bank would open in Oslo.")
    assert "ABN Tarvik Bank" in entities, entities


def test_those_a_with_phrase_says_took_part_in_money_raised_are_its_backers(builder):
    facts, _ = read(builder, "Orvane has attracted funding at a valuation exceeding $2.5 billion, with Kelvo and "
                             "Tarvik Capital investing.")
    assert {("Kelvo", "investsIn", "Orvane"), ("Tarvik Capital", "investsIn", "Orvane")} <= facts, facts
    facts, _ = read(builder, "Orvane raised $20 million, with Kelvo Capital also participating.")
    assert ("Kelvo Capital", "investsIn", "Orvane") in facts, facts
    # (not a 'with' phrase of anything else)
    facts, _ = read(builder, "Orvane raised $20 million, with Kelvo Capital also hiring.")
    assert ("Kelvo Capital", "investsIn", "Orvane") not in facts, facts


def test_the_pair_classifier_reads_no_place_of_a_name_past_another_organization(builder):
    # (the place is said of the organization between them, if of anyone)
    facts, _ = read(builder, "Zentrix, which at 26 years of age is the oldest game studio in operation in Norway, "
                             "was acquired by Kelvo Studios in June.")
    assert ("Kelvo Studios", "acquired", "Zentrix") in facts, facts
    assert ("Kelvo Studios", "basedIn", "Norway") not in facts, facts


def test_a_majority_shareholding_bought_is_the_company_bought(builder):
    facts, _ = read(builder, "Kelvo Capital agreed to acquire a majority shareholding in Orvane Networks.")
    assert {("Kelvo Capital", "acquired", "Orvane Networks"), ("Kelvo Capital", "owns", "Orvane Networks")} <= facts, \
        facts
    # (a shareholding of no size said is a stake)
    facts, _ = read(builder, "Kelvo Capital acquired a shareholding in Orvane Networks.")
    assert ("Kelvo Capital", "investsIn", "Orvane Networks") in facts, facts
    assert ("Kelvo Capital", "acquired", "Orvane Networks") not in facts, facts


def test_a_deal_agreed_or_an_agreement_entered_into_to_buy_is_the_buyers(builder):
    facts, _ = read(builder, "Kelvo has agreed a £3.7bn deal to buy wholesaler Tarvik.")
    assert ("Kelvo", "acquired", "Tarvik") in facts, facts
    facts, _ = read(builder, "Kelvo has entered into an agreement to acquire Tarvik from Brenta Group for £340 million.")
    assert ("Kelvo", "acquired", "Tarvik") in facts, facts
    # (not a deal refused, nor talks entered)
    facts, _ = read(builder, "Kelvo rejected a deal to buy Tarvik.")
    assert ("Kelvo", "acquired", "Tarvik") not in facts, facts
    facts, _ = read(builder, "Kelvo entered talks to buy Tarvik.")
    assert ("Kelvo", "acquired", "Tarvik") not in facts, facts


def test_a_possessive_written_with_a_typographic_apostrophe_reads_as_a_straight_one(builder):
    # (the NER takes 'Kelvo’s' for a person's name, apostrophe and all, far more often than 'Kelvo's')
    text = "Kelvo’s $1.3 billion purchase of Tarvik puts it in the lead."
    [dg] = list(builder.document_graphs([Document("t", text)]))
    facts = {(dg.entities[f.subject].name, f.predicate.rsplit("#", 1)[1], dg.entities[f.object].name): f
             for f in dg.facts}
    assert ("Kelvo", "acquired", "Tarvik") in facts, facts
    # (the evidence quotes the text as written)
    assert "Kelvo’s" in facts["Kelvo", "acquired", "Tarvik"].evidence.sentence
    # (an apostrophe inside a name stays as written, and a possessive cut from the name it was read into keeps it
    # apart: the possessor's name and the place of its seat)
    facts, entities = read(builder, "Sales rose at O’Brien Foods, which is based in Oslo.")
    assert "O’Brien Foods" in entities, entities
    facts, entities = read(builder, "At an event at Kelvo’s Oslo headquarters, Tom Hale showed the company’s "
                                    "chatbot, Zenbot.")
    assert ("Kelvo", "headquarteredIn", "Oslo") in facts, facts


def test_a_list_the_parser_ran_into_an_apposition_is_every_backer(builder):
    # ('Brenta Partners, Zentrix Capital and Orvane Ventures': the parser may hang 'Zentrix Capital and Orvane' on
    # 'Ventures', in apposition to the first)
    facts, _ = read(builder, "Tarvik Labs was funded by Brenta Partners, Zentrix Capital and Orvane Ventures.")
    assert {("Brenta Partners", "investsIn", "Tarvik Labs"), ("Zentrix Capital", "investsIn", "Tarvik Labs"),
            ("Orvane Ventures", "investsIn", "Tarvik Labs")} <= facts, facts
    # (an apposition that is no list adds no backer)
    facts, _ = read(builder, "Tarvik Labs was funded by Brenta Partners, the fund of Zentrix Capital.")
    assert ("Zentrix Capital", "investsIn", "Tarvik Labs") not in facts, facts


def test_a_round_told_of_as_the_of_of_a_noun_goes_back_to_the_round_before(builder):
    # ('its last series of fundraising', between the round and its backers: the company's earlier round, whose
    # recipient is the one told of before)
    text = ("Oslo-based game maker Tarvik Games has raised $255 million in a new round of funding. Investors now "
            "value the firm at $2.75 billion, triple what it was worth in its last series of fundraising. "
            "Existing investors Zentrix Fund and Kelvo Capital also participated in the round.")
    facts, _ = read(builder, text)
    assert {("Zentrix Fund", "investsIn", "Tarvik Games"), ("Kelvo Capital", "investsIn", "Tarvik Games")} <= facts, \
        facts
    # (a round of another's in between is still the one told of last)
    text = ("Oslo-based game maker Tarvik Games has raised $255 million in a new round of funding. Rival Brenta Labs "
            "closed its last series of fundraising in May. Zentrix Fund and Kelvo Capital also participated in the "
            "round.")
    facts, _ = read(builder, text)
    assert ("Zentrix Fund", "investsIn", "Tarvik Games") not in facts, facts


def test_a_backer_joining_as_an_investor_after_a_round_backs_its_recipient(builder):
    text = ("Oslo-based game maker Tarvik Games has raised $255 million in a new round of funding. Zentrix Fund "
            "participated in the round, while Kelvo Capital joined as a new investor.")
    facts, _ = read(builder, text)
    assert ("Kelvo Capital", "investsIn", "Tarvik Games") in facts, facts
    # (no round told of: no recipient)
    facts, _ = read(builder, "Oslo-based game maker Tarvik Games makes games. Kelvo Capital joined as a new investor.")
    assert ("Kelvo Capital", "investsIn", "Tarvik Games") not in facts, facts
    # (nor a title that is no backer's: an organization holds no job)
    text = ("Oslo-based game maker Tarvik Games has raised $255 million in a new round of funding. Kelvo Capital "
            "joined as an adviser.")
    facts, _ = read(builder, text)
    assert not {f for f in facts if f[0] == "Kelvo Capital" and f[2] == "Tarvik Games"}, facts


def test_money_laid_out_for_a_stake_buys_the_stake(builder):
    facts, _ = read(builder, "Kelvo laid out $1.5 billion for a minority stake in Oslo-based Tarvik.")
    assert ("Kelvo", "investsIn", "Tarvik") in facts, facts
    facts, _ = read(builder, "Kelvo forked out $40 million for a 10% stake in Tarvik.")
    assert ("Kelvo", "investsIn", "Tarvik") in facts, facts
    # (not the verb without its particle: 'laid the groundwork for')
    facts, _ = read(builder, "Kelvo laid the groundwork for a stake in Tarvik.")
    assert ("Kelvo", "investsIn", "Tarvik") not in facts, facts


def test_who_after_the_companies_of_a_title_is_the_titled_person(builder):
    # ('who' is a person's: the one the title is of, not the company the parser hung it on)
    facts, _ = read(builder, "Led by Hale, the billionaire CEO of Kelvo Systems and Zentrix Labs who also owns "
                             "Tarvik, the new startup hired researchers.")
    assert not {f for f in facts if f[2] == "Tarvik"}, facts
    facts, _ = read(builder, "Tom Hale, the chief executive of Kelvo Systems who founded Tarvik Labs, spoke.")
    assert ("Tom Hale", "founderOf", "Tarvik Labs") in facts, facts
    assert ("Kelvo Systems", "founderOf", "Tarvik Labs") not in facts, facts
    # (a name that is no title's 'of' keeps its 'who')
    facts, _ = read(builder, "She met the brother of Tom Hale who founded Tarvik Labs.")
    assert ("Tom Hale", "founderOf", "Tarvik Labs") in facts, facts


def test_a_company_name_the_tagger_took_for_an_adjective_before_a_title_is_the_titles(builder):
    # ('Brentax downstream president', 'Brentax' tagged an adjective modifying the title)
    text = ("Brentax, a chipmaker based in Oslo, said sales rose. “We will grow,” Tom Hale, Brentax downstream "
            "president, said.")
    facts, _ = read(builder, text)
    assert ("Tom Hale", "worksFor", "Brentax") in facts, facts
    # (not a word of nationality, nor a name of no organization)
    facts, _ = read(builder, "Tom Hale, the Norwegian president, said sales rose.")
    assert not {f for f in facts if f[0] == "Tom Hale"}, facts
    facts, _ = read(builder, "Brentax, a chipmaker based in Oslo, said sales rose. The first non-Brentax chief "
                             "executive was Tom Hale.")
    assert ("Tom Hale", "worksFor", "Brentax") not in facts, facts


def test_the_words_before_a_legal_form_after_a_companys_name_are_that_names(builder):
    # (the NER may see only 'Lindqvist-Brandt' of 'Lindqvist-Brandt VelCo NV': a legal form ends a company's name)
    _, entities = read(builder, "Lindqvist-Brandt VelCo NV is readying new African operations.")
    assert "Lindqvist-Brandt VelCo NV" in entities, entities
    # (not past a word that is no name's, nor a company listed after another)
    _, entities = read(builder, "Kelvo Systems and Tarvik AG said sales rose.")
    assert {"Kelvo Systems", "Tarvik AG"} <= set(entities), entities


def test_a_title_between_a_possessive_and_a_name_is_no_possession(builder):
    # ('its South African parent company Kelvo': the parent owns the company 'its' stands for, not the other way)
    facts, _ = read(builder, "Tom Hale stepped down as CEO of Dutch technology investor Tarvik and its South "
                             "African parent company Kelvo.")
    assert ("Tarvik", "owns", "Kelvo") not in facts, facts
    # (a noun of a thing made still says how: 'its chatbot Zenbot')
    facts, _ = read(builder, "Kelvo Systems said its chatbot Zenbot would launch in May.")
    assert ("Kelvo Systems", "develops", "Zenbot") in facts, facts


def test_a_name_whose_acronym_follows_it_in_brackets_is_one_name_and_the_acronym_its(builder):
    # (the initials of every word, joining words aside, make the acronym: one name, however the NER cut it)
    facts, entities = read(builder, "Kelvo Mail and General Trust (KMGT), which also owns Zenmail, said it had "
                                    "acquired the title.")
    assert "Kelvo Mail and General Trust" in entities and "General Trust" not in entities, entities
    _, entities = read(builder, "The Kelvo Bank of Tarla (KBT) said sales rose.")
    assert "Kelvo Bank of Tarla" in entities, entities
    # (the acronym is a name of it, with its joining words left out)
    facts, entities = read(builder, "Velmora Oil and Gas Corporation (VOGC) said sales rose. VOGC is based in Oslo.")
    assert "VOGC" not in entities, entities
    assert ("Velmora Oil and Gas Corporation", "basedIn", "Oslo") in facts, facts
    # (not two names the acronym is not of)
    _, entities = read(builder, "Kelvo Systems and Tarvik Labs (TL) said sales rose.")
    assert {"Kelvo Systems", "Tarvik Labs"} <= set(entities), entities


def test_a_sentence_opening_at_a_company_places_the_titles_that_name_none(builder):
    facts, _ = read(builder, "At Kelvo Systems, Ruiz, who lives in London, reported to chief executive Tom Hale.")
    assert ("Tom Hale", "ceoOf", "Kelvo Systems") in facts, facts
    # (not a title that names its own, nor an opening that is no company's name)
    facts, _ = read(builder, "At Kelvo Systems, Tom Hale met Brenta Group chief executive Ana Ruiz.")
    assert ("Ana Ruiz", "ceoOf", "Kelvo Systems") not in facts, facts
    facts, _ = read(builder, "Kelvo Systems makes chips. At the meeting, chief executive Tom Hale of Brenta Group "
                             "spoke.")
    assert ("Tom Hale", "ceoOf", "Kelvo Systems") not in facts, facts


def test_a_list_with_a_placed_member_is_no_city_and_region(builder):
    # ('A, Oslo-based B and C': a list, not 'A, Oslo' a city and its region, nor 'A, Oslo-based B' one company)
    facts, _ = read(builder, "Kelvo bought Tarvik, Oslo-based Brenta and Zentrix.")
    assert {("Kelvo", "acquired", "Tarvik"), ("Kelvo", "acquired", "Brenta"), ("Kelvo", "acquired", "Zentrix"),
            ("Brenta", "basedIn", "Oslo")} <= facts, facts
    assert not {f for f in facts if f[1] in {"basedIn", "locatedIn"} and "Tarvik" in (f[0], f[2])}, facts
    facts, _ = read(builder, "Kelvo bought Tarvik Labs, Oslo-based Brenta and Zentrix.")
    assert ("Kelvo", "acquired", "Tarvik Labs") in facts, facts
    # (but a city and its region before the participle are where the company is)
    facts, _ = read(builder, "McLean, Virginia-based Kelvo is owned by Brenta.")
    assert {("Kelvo", "basedIn", "McLean"), ("Brenta", "owns", "Kelvo")} <= facts, facts


def test_the_names_minority_stakes_list_are_held_as_stakes(builder):
    facts, _ = read(builder, "Kelvo already owns minority stakes in several other delivery groups around the world, "
                             "including Tarvik, Oslo-based Brenta and Zentrix.")
    assert {("Kelvo", "investsIn", "Tarvik"), ("Kelvo", "investsIn", "Brenta"),
            ("Kelvo", "investsIn", "Zentrix")} <= facts, facts
    assert not {f for f in facts if f[1] == "owns"}, facts


def test_a_day_of_the_week_between_a_name_and_its_verb_loses_no_clause(builder):
    # ('Kelvo on Tuesday appointed board member Tom Hale as ...': the small parser, finding the day between the
    # subject and its verb, takes the verb for a participle of the noun after it)
    facts, _ = read(builder, "Kelvo on Tuesday appointed board member Tom Hale as interim chief executive officer.")
    assert ("Tom Hale", "ceoOf", "Kelvo") in facts, facts
    facts, _ = read(builder, "Kelvo Systems on Tuesday named Tom Hale as its chief executive.")
    assert ("Tom Hale", "ceoOf", "Kelvo Systems") in facts, facts
    # (a day told elsewhere stays: 'closed on Tuesday', after no name)
    from kg.extract.pipeline import blank_weekdays
    assert blank_weekdays("The deal closed on Tuesday and Kelvo said so.") == \
        "The deal closed on Tuesday and Kelvo said so."
    assert blank_weekdays("Kelvo on Tuesday named Tom Hale.") == "Kelvo            named Tom Hale."


def test_a_title_that_ends_a_run_of_capitalised_words_is_no_part_of_the_name(builder):
    # ('Ana Ruiz (Kelvo SA CEO)': the company's name and the title, which the NER left out)
    facts, entities = read(builder, "Candidates to replace Li Wei included Tom Hale (Kelvo Nigeria CEO) and Ana Ruiz "
                                    "(Kelvo SA CEO).")
    assert ("Ana Ruiz", "ceoOf", "Kelvo SA") in facts, facts
    assert "Kelvo SA CEO" not in entities, entities
    # (a run that is a title alone is still no name)
    _, entities = read(builder, "Kelvo Systems named Ana Ruiz its Chief Executive Officer.")
    assert not {e for e in entities if "Chief" in e}, entities


def test_an_organizations_title_with_in_a_place_says_where_it_is(builder):
    # ('a mobile network operator in Kenya': a title only an organization holds says what it is and where, as a head
    # noun does)
    facts, _ = read(builder, "The service was launched in 2007 by Tarvik, the largest mobile network operator in "
                             "Kenya, and has since expanded.")
    assert ("Tarvik", "basedIn", "Kenya") in facts, facts
    # (its 'of' still says what it makes; a person's title with 'in' says no residence)
    facts, _ = read(builder, "Tarvik, the maker of Zenbot, said sales rose.")
    assert ("Tarvik", "develops", "Zenbot") in facts, facts
    facts, _ = read(builder, "Tom Hale, a lawyer in Oslo, said sales rose.")
    assert ("Tom Hale", "livesIn", "Oslo") not in facts, facts


def test_a_capitalised_title_of_a_department_is_no_name(builder):
    # ('Head of Design', 'Director of Engineering': a title, whatever the NER or the capitals made of it)
    facts, entities = read(builder, "“Sleep matters,” says Tom Hale, co-founder, CTO and Head of Design for Kelvo Labs.")
    assert not {e for e in entities if "Design" in e}, entities
    assert not {f for f in facts if "Design" in f[2]}, facts
    facts, entities = read(builder, "Tom Hale, Head of Design at Kelvo, said sales rose.")
    assert "Design" not in entities and ("Tom Hale", "worksFor", "Kelvo") in facts, (entities, facts)
    # (a name that opens with a word of no title stays whole)
    _, entities = read(builder, "The Bank of Tarla raised rates.")
    assert "Bank of Tarla" in entities, entities


def test_a_stake_a_companys_investments_include_is_the_companys(builder):
    facts, _ = read(builder, "Kelvo’s investments outside its main brands include a 45% stake in estate agency Tarvik.")
    assert ("Kelvo", "investsIn", "Tarvik") in facts, facts
    facts, _ = read(builder, "Kelvo Labs said its investments include a 45% stake in Tarvik.")
    assert ("Kelvo Labs", "investsIn", "Tarvik") in facts, facts
    # (not a list of no one's: 'The deals include a stake in Tarvik')
    facts, _ = read(builder, "Kelvo Labs makes chips. The deals include a 45% stake in Tarvik.")
    assert ("Kelvo Labs", "investsIn", "Tarvik") not in facts, facts


def test_an_office_of_a_place_says_where_it_is_held_not_where_one_lives(builder):
    # ('the mayor of Oslo', 'the 31st president of the country': the office's place, not the holder's home)
    for text in ("Tom Hale, the mayor of Oslo, said the plan was sound.",
                 "In 1874, Tom Hale, the 31st president of Norway, was elected.",
                 "The governor of Texas, Tom Hale, said the plan was sound."):
        facts, _ = read(builder, text)
        assert not {f for f in facts if f[1] == "livesIn"}, (text, facts)
    # (the reading is kept, and rejected with its reason: kg build --rejected)
    [dg] = list(builder.document_graphs([Document("t", "Tom Hale, the mayor of Oslo, said the plan was sound.")]))
    assert any("states nothing" in x.reason and x.object == "Oslo" for x in dg.rejected), dg.rejected
    # (a title that says where one lives still does: 'a native of Oslo', 'a resident of Oslo')
    for text in ("Tom Hale, a native of Oslo, said the plan was sound.",
                 "Tom Hale, a resident of Bergen, said the plan was sound."):
        facts, _ = read(builder, text)
        assert {f for f in facts if f[1] == "livesIn"}, (text, facts)


def test_backers_along_with_the_first_source_of_the_money(builder):
    # ('... from A, along with strategic investors like B and C': more of those it came from)
    facts, _ = read(builder, "Zentrix Labs raised $50 million from Brenta Ventures, along with strategic investors like "
                             "Kelvo Labs and Orvane Ventures.")
    assert {("Kelvo Labs", "investsIn", "Zentrix Labs"), ("Orvane Ventures", "investsIn", "Zentrix Labs")} <= facts, facts
    facts, _ = read(builder, "Zentrix Labs launched in 2019 with investment from Brenta Ventures, together with "
                             "investors such as Kelvo Labs.")
    assert ("Kelvo Labs", "investsIn", "Zentrix Labs") in facts, facts
    # (not a name set beside the subject, before the money: it raised the money too, or helped)
    facts, _ = read(builder, "Zentrix Labs, along with Tarvik Corp, raised $5 million from Brenta Ventures.")
    assert ("Tarvik Corp", "investsIn", "Zentrix Labs") not in facts, facts


def test_a_name_set_off_after_a_title_the_verb_governs_holds_it(builder):
    # ('Ana Ruiz met with Kelvo's chief, Tom Hale.': the parser hangs the name on the verb, not on the title)
    facts, _ = read(builder, "Kelvo Labs makes chips. It eased pressure on its boss, Ana Ruiz, after the merger failed.")
    assert ("Ana Ruiz", "worksFor", "Kelvo Labs") in facts, facts
    # (not a name the sentence goes on with as something else: 'met Kelvo's chief executive, then Tom Hale')
    facts, _ = read(builder, "Ana Ruiz met Kelvo's chief executive on Monday, and Tom Hale left.")
    assert ("Tom Hale", "ceoOf", "Kelvo") not in facts, facts


def test_a_place_named_with_its_kind_and_the_larger_place(builder):
    # ('the Velmora district of Brenta': a part, named before its kind; 'the Oslo suburb of Bekkestua': a held
    # place, named after it; 'the Brazilian state of Roraima', with 'Brazil' in the text: the place the word is of)
    for text, fact in (("Tarvik opened a plant in the Velmora district of Brenta, a port city.",
                        ("Velmora", "locatedIn", "Brenta")),
                       ("Tarvik opened a plant in the Brenta suburb of Velmora last year.",
                        ("Velmora", "locatedIn", "Brenta")),
                       ("Near the Kenyan town of Tarla, trade with Kenya grew.", ("Tarla", "locatedIn", "Kenya"))):
        facts, _ = read(builder, text)
        assert fact in facts, (text, facts)
    # (no place the word of nationality is of in the text: nothing; nor a kind that is no place's)
    facts, _ = read(builder, "Near the Kenyan town of Tarla, trade grew.")
    assert not {f for f in facts if f[1] == "locatedIn"}, facts
    facts, _ = read(builder, "Tarvik sold the Brenta unit of Velmora Corp.")
    assert ("Velmora Corp", "locatedIn", "Brenta") not in facts, facts


def test_the_place_after_two_places_joined_by_and_holds_both(builder):
    facts, _ = read(builder, "The games were held in Tarla and Velmora, Kenya from 18 August to 2 September.")
    assert {("Tarla", "locatedIn", "Kenya"), ("Velmora", "locatedIn", "Kenya")} <= facts, facts
    # (not in a longer list: 'Tarla, Norway' may be a city and its country)
    facts, _ = read(builder, "Tarvik is in Tarla, Norway and Brenta, Kenya.")
    assert not {f for f in facts if f[2] == "Kenya" and f[0] in {"Tarla", "Norway"}}, facts


def test_a_name_before_interface_is_a_product(builder):
    # ('available through Kelvo's Zenbot chat interface': an interface, like an app or a platform, is a product)
    facts, entities = read(builder, "Kelvo Labs makes chips. The model is available through Kelvo Labs’ Zenbot chat "
                                    "interface.")
    assert entities["Zenbot"].cls.endswith("#Product") and ("Kelvo Labs", "develops", "Zenbot") in facts, facts
    # (no name before it: nothing)
    _, entities = read(builder, "Kelvo Labs makes chips. Tom Hale said the interface was slow.")
    assert set(entities) == {"Kelvo Labs", "Tom Hale"}, entities


def test_a_made_things_name_and_a_tier_is_a_version_of_it(builder):
    # ('Orbix Pro' after the phone 'Orbix': of its class, as 'Orbix 2' is)
    _, entities = read(builder, "Kelvo Labs makes the Orbix phone. The launch of Orbix Pro, which is now on sale, "
                                "was delayed.")
    assert entities["Orbix Pro"].cls.endswith("#Product"), entities["Orbix Pro"].cls
    # (not a name whose first word is no made thing's: 'Ana Max' stays a person)
    _, entities = read(builder, "Kelvo Labs makes the Orbix phone. Ana Max, who joined Kelvo Labs in May, spoke.")
    assert entities["Ana Max"].cls.endswith("#Person"), entities["Ana Max"].cls


def test_a_hyphened_title_between_a_company_and_a_name(builder):
    # ('Zentrix Co-Founder Tom Hale': the title the tokenizer keeps whole ends the company's name, which the NER ran
    # on into it; nor is the company the holder of the titles the parser hung on it)
    facts, _ = read(builder, "Zentrix Co-Founder Tom Hale said his company wants to build a chip.")
    assert ("Tom Hale", "founderOf", "Zentrix") in facts, facts
    facts, _ = read(builder, "Zentrix Co-Founder and CEO Tom Hale said his company wants to build a chip.")
    assert {("Tom Hale", "founderOf", "Zentrix"), ("Tom Hale", "ceoOf", "Zentrix")} <= facts, facts
    # (a hyphened word that is no title stays in the name)
    _, entities = read(builder, "The Kelvo Co-Op Bank said its profit rose.")
    assert "Kelvo Co-Op Bank" in entities, entities


def test_shares_held_said_in_the_passive(builder):
    # ('Y is held 51% by A and 49% by B': each holder by its share, the second with its own 'by')
    facts, _ = read(builder, "Zentrix, the joint venture controlling it, is held 51% by Kelvo Corp and 49% by Brenta "
                             "Group.")
    assert {("Kelvo Corp", "owns", "Zentrix"), ("Brenta Group", "investsIn", "Zentrix")} <= facts, facts
    # ('30 percent owned', written in words and parsed with the share as the verb's head: a stake, not ownership)
    facts, _ = read(builder, "Zentrix is 30 percent owned by Kelvo Corp, the chipmaker.")
    assert ("Kelvo Corp", "investsIn", "Zentrix") in facts and ("Kelvo Corp", "owns", "Zentrix") not in facts, facts
    # (no share told: the verb's own reading; a share of something else held: nothing)
    facts, _ = read(builder, "Zentrix is owned by Kelvo Labs.")
    assert ("Kelvo Labs", "owns", "Zentrix") in facts, facts
    facts, _ = read(builder, "The meeting was held by Kelvo Corp, which saw sales rise 20%.")
    assert not {f for f in facts if f[1] in {"owns", "investsIn"}}, facts


def test_a_name_the_ner_opens_with_an_indefinite_article_of_common_words_is_none(builder):
    # ('acquired 100 percent of a Kenyan Bank with 28 branches': a bank described, not named)
    facts, entities = read(builder, "Kelvo Bank has acquired 100 percent of a Kenyan Bank with 28 branches, the "
                                    "central bank said.")
    assert not {e for e in entities if "Kenyan" in e}, entities
    assert not {f for f in facts if f[1] in {"acquired", "owns"}}, facts
    # (a name's own word after the article stays a name: 'a Zentrix Bank branch')
    _, entities = read(builder, "Tom Hale opened a Zentrix Bank branch in the town last year.")
    assert any("Zentrix" in e for e in entities), entities


def test_a_title_noun_lists_its_holders_with_like_or_such_as(builder):
    # ('attracted investors like A and B', 'such as A and B', as 'including A and B')
    for text in ("Zentrix Labs has attracted investors like Kelvo Capital and Brenta Fund.",
                 "Zentrix Labs has attracted investors such as Kelvo Capital and Brenta Fund."):
        facts, _ = read(builder, text)
        assert {("Kelvo Capital", "investsIn", "Zentrix Labs"), ("Brenta Fund", "investsIn", "Zentrix Labs")} <= facts, \
            (text, facts)
    # (not a singular noun compared with a name: 'a company like Kelvo Capital')
    facts, _ = read(builder, "Zentrix Labs wants an investor like Kelvo Capital.")
    assert ("Kelvo Capital", "investsIn", "Zentrix Labs") not in facts, facts


def test_appointed_with_the_title_parsed_as_the_object(builder):
    # ('appointed Tom Hale chief executive officer': the parser makes the title the object and the name its modifier)
    facts, _ = read(builder, "Kelvo Corp appointed Tom Hale chief executive officer, replacing Ana Ruiz.")
    assert ("Tom Hale", "ceoOf", "Kelvo Corp") in facts, facts
    # (a title named with no one: nothing)
    facts, _ = read(builder, "Kelvo Corp named a new chief executive officer.")
    assert not facts, facts


def test_a_place_with_its_acronym_in_brackets_before_based(builder):
    # ('a United Arab Emirates (UAE)-based telecoms firm': the tokenizer splits the bracket and the hyphen off the
    # acronym; the place is the name before it, the article no word of it, the noun no description of the place)
    for text in ("Kelvo Telecom, a United Arab Emirates (UAE)-based telecoms firm, has acquired a stake in Tarvik.",
                 "Kelvo Telecom, United Arab Emirates (UAE)-based telecoms firm, has acquired a stake in Tarvik."):
        facts, entities = read(builder, text)
        assert ("Kelvo Telecom", "basedIn", "United Arab Emirates") in facts, (text, facts)
        assert entities["United Arab Emirates"].cls.endswith("#Place"), entities
    # (a capital 'A' that opens a name stays: 'the A Plus Bank unit'; an acronym of no place says nowhere)
    _, entities = read(builder, "Tarvik Group said the A Plus Bank unit grew.")
    assert "A Plus Bank" in entities, entities
    facts, _ = read(builder, "Kelvo Telecom hired a Brenta Group (BG) executive.")
    assert not {f for f in facts if f[1] == "basedIn"}, facts


def test_a_tier_after_a_products_number_is_part_of_its_name(builder):
    # ('its Orbix 60 Pro smartphone': the version and its tier)
    facts, _ = read(builder, "Kelvo Corp makes phones. The smaller Tarla Nano will run on Kelvo Corp’s Velmo 8 Pro "
                             "smartphone.")
    assert ("Kelvo Corp", "develops", "Velmo 8 Pro") in facts, facts
    # (not a count of units: '60 Pro units'; nor a tier word in lower case: 'the Orbix 60 pro version')
    _, entities = read(builder, "Kelvo Corp sold 60 Pro units.")
    assert not {e for e in entities if "60" in e}, entities


def test_a_star_of_a_kind_of_show_is_a_person(builder):
    # ('Hong Kong movie star Tom Hale-Wei': a person, not the company the next sentence calls 'the company')
    _, entities = read(builder, "The Shenzhen-based company named Hong Kong movie star Tom Hale-Wei as ambassador for "
                                "its new luxury brand.")
    assert entities["Tom Hale-Wei"].cls.endswith("#Person"), entities["Tom Hale-Wei"].cls
    # (a star alone is no cue: 'a rising star in chips' says nothing of the class)
    _, entities = read(builder, "Kelvo Corp is a rising star in chips.")
    assert entities["Kelvo Corp"].cls.endswith("#Organization"), entities["Kelvo Corp"].cls


def test_backers_along_with_those_who_also_took_part(builder):
    # ('Along with new investors A and B, existing investors C and D also took part', after a round told of)
    facts, _ = read(builder, "Kelvo Capital and Brenta Fund are leading the $102 million Series C round for Zentrix "
                             "Labs. Along with new investors Orvane Ventures and Tarla Fund, existing investors Velmo "
                             "Capital and Zenno Fund also took part.")
    assert {(b, "investsIn", "Zentrix Labs") for b in ("Orvane Ventures", "Tarla Fund", "Velmo Capital",
                                                       "Zenno Fund")} <= facts, facts
    # (not beside a verb of no round: 'Along with its rivals, Velmo Capital also sued the regulator')
    facts, _ = read(builder, "Zentrix Labs raised $20 million. Along with its rivals, Velmo Capital also sued the "
                             "regulator.")
    assert ("Velmo Capital", "investsIn", "Zentrix Labs") not in facts, facts


def test_money_invested_into_a_company(builder):
    # ('invested $5 million into Y', as 'in Y'; an ontology cue, no code)
    facts, _ = read(builder, "Kelvo Corp has invested $5 million into Tarvik Labs.")
    assert ("Kelvo Corp", "investsIn", "Tarvik Labs") in facts, facts
    facts, _ = read(builder, "Kelvo Corp invested heavily into research at Tarvik Labs' old site.")
    assert ("Kelvo Corp", "investsIn", "Tarvik Labs") not in facts, facts


def test_investment_drawn_or_garnered_from_a_backer(builder):
    # ('has drawn investments from A', 'garnered investment from A': received, as 'attracted investment from A')
    for text in ("Zentrix Labs has drawn investments from Kelvo Labs.", "Zentrix Labs garnered investment from Kelvo Labs."):
        facts, _ = read(builder, text)
        assert ("Kelvo Labs", "investsIn", "Zentrix Labs") in facts, (text, facts)
    # (not something else drawn: 'drew criticism from A')
    facts, _ = read(builder, "Zentrix Labs drew criticism from Kelvo Labs.")
    assert not facts, facts


def test_a_round_led_by_a_backer_told_before_it(builder):
    # ('Led by X, the round values Y ...', 'Led by a $100 million investment from X, this round ...')
    facts, _ = read(builder, "Zentrix Labs raised $50 million. Led by a $100 million investment from Orvane Group, "
                             "this round will value Zentrix Labs at $4.5 billion.")
    assert ("Orvane Group", "investsIn", "Zentrix Labs") in facts, facts
    facts, _ = read(builder, "Led by Orvane Group, the round values Zentrix Labs at $4.5 billion.")
    assert ("Orvane Group", "investsIn", "Zentrix Labs") in facts, facts
    # (not a participle set before something else: 'Led by Orvane Group, the team grew')
    facts, _ = read(builder, "Zentrix Labs raised $50 million. Led by Orvane Group, the team grew.")
    assert ("Orvane Group", "investsIn", "Zentrix Labs") not in facts, facts


def test_a_plural_relative_clause_after_a_list_is_of_each_name(builder):
    # ('rivals A, B and C, who have each invested $5 million into Y')
    facts, _ = read(builder, "Zentrix Labs makes robots. It is trying to keep pace with rivals Kelvo Corp, Brenta "
                             "Group and Orvane Labs, who have each invested $5 million into Tarvik Labs.")
    assert {(x, "investsIn", "Tarvik Labs") for x in ("Kelvo Corp", "Brenta Group", "Orvane Labs")} <= facts, facts
    # (a singular verb is of the last name only)
    facts, _ = read(builder, "Tom Hale met Kelvo Corp and Brenta Group, which has invested in Tarvik Labs.")
    assert ("Kelvo Corp", "investsIn", "Tarvik Labs") not in facts, facts
