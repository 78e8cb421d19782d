<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Shared catalogue (tick the actions this crisis offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt as own &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected action into this scenario&apos;s own, to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario&apos;s own actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMEO event code (2 to 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goldstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-10 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kahn escalation-ladder rung, 0 to 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of success, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effects of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preconditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects and preconditions are data: nothing here runs code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short identifier, e.g. IRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts with full weight in global escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot doctrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this actor&apos;s team is told: its situation, aims and constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting meters (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deterrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure to &amp;act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state whose soil shelters this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state that backs this actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;tron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s attacks are charged to its host and patron (see Relations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each checkpoint says what the meters must show when the real track (History) is played; Check against history and `wargame check` judge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What history says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who / pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a span of days: every day up to this one must pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference value; empty: the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What history &amp;says (the selected checkpoint, in full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the real track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next day at the end of the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected day (later days move one earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: rolled with the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas: civilian_casualties, mass_casualties, abroad, intercepted, unattributed, sponsor_blamed, sponsor_denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a sentence or two (shown in reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened (the selected move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it is scheduled for (Day 1 is the start date); empty for an inject its trigger fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import MSEL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the injects with an MSEL spreadsheet&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport MSEL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the injects to an MSEL spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room is told when it fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the players are expected to do (an MSEL&apos;s expected player action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controllers&apos; notes, for the White cell (an MSEL&apos;s notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger (all must hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effects when it fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no relation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a host or a patron: which actor is the host or patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation of the pair in ordinary times (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation at the start, when it differs from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a host or patron: the share of its group&apos;s acts it answers for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting &amp;escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diplomatic &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link st&amp;rength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History before the start (Kahn rungs used):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highest rung either way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About wargame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionComposer</name>
    <message>
        <source>Acting actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale (kept in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; (if it succeeds, before end-of-turn dynamics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the move (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilians were killed: more harm and a louder signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten or more killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass casualties: more harm and a louder signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim was hit outside its own soil (an embassy, forces abroad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly intercepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its intent still speaks and answers what was owed; little harm done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can say who did it: a fainter signal, less harm charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor blamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim blames the group&apos;s host or patron: they answer for it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s host or patron denies any part and is not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Succeeds {1:.0%} of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves are entered in the Orders phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has already entered this move this turn: {1}. Enter it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered for {0}: {1}. It shows in Moves and rulings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Offer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by this scenario&apos;s own version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorRows</name>
    <message>
        <source>Rename actor {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete actor {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grievances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} is used in %n place(s) ({1}). Delete it and those?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete actor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <source>a player team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open grievances (owed by)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorsTab</name>
    <message>
        <source>Edit private briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit starting meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchesPanel</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch here (what if)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the &apos;what if&apos; branch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check against history — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s historical track is played as it happened, with this scenario&apos;s parameters, and every checkpoint of history is judged on the meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open session is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What history says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario carries no historical checkpoints to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The historical track cannot be played: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} checkpoints hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wargame met an internal error. Your session is intact; you can save a copy and carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full report is in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file could be written: start wargame with --debug to see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Sealed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can leave the curtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the White cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn {0} · {1} · sealed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PIN: anyone can open this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is locked behind the White cell&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No White-cell PIN is set: anyone at the screen can go back to the console (Teams and control sets one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, please come to the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team has submitted. Hand back to the White cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0}&apos;s panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team&apos;s panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Decisions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of both lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Players&apos; devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams can join from a phone or a laptop: start serving, then give each team its link or let it scan its QR code. Keep this window off the projector: a link is a team&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot be served on {0} port {1}: {2}. Choose another port (another program may use this one) or another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving on {0}, port {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this computer can open these links. To let phones join, stop serving, choose the room&apos;s network and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players&apos; devices must be on the same network (Wi-Fi) as this computer, and its firewall must let them reach port {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network the players&apos; devices are on (the room&apos;s Wi-Fi). A firewall on this computer must let them reach the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the White cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of {0} stops working at once, on every device that has it. Give {0} the new link. Revoke it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty crisis (template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {0} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {0} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play this scenario in the console (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the real track and judge the checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) listed first: {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot play yet. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check yet. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play needs a console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario editor — {0} ({1})[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a draft: it has problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save before playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console plays the scenario file: save it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <source>Filter the log (actor, action, reason…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a facilitator note to the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on log entry {0}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectationsTab</name>
    <message>
        <source>Edit checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalGauge</name>
    <message>
        <source>Global escalation gauge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed lines: the historical track or another branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterrence {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: historical track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: branch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a day to the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectsPanel</name>
    <message>
        <source>Inject queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects are handled in the Injects phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected player action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: it will not fire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects are fired, held or skipped in the Injects phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due before {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due: its trigger has not happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: a reason is required, for the review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectsTab</name>
    <message>
        <source>Edit inject text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit expected player action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit controller notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has problems (see the list): an MSEL names its actors, so fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} has %n problem(s); the injects are unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n inject(s) from {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) imported from {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export MSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCard</name>
    <message>
        <source>White cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the link of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the White cell&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden so that a player scanning a team&apos;s code cannot take this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old link stops working at once; give the team the new one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves and rulings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another window: this is a copy (Save as…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario (&amp;editor)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new crisis in the scenario editor, from an empty template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session&apos;s scenario in the scenario editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the scenario&apos;s real track and judge its historical checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export after-action &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;tables for analysts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meters.csv, decisions.csv and events.jsonl, for pandas or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance to the next phase (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override a meter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset map &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay mode (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for re&amp;play…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams and control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curtain (sealed orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bots move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to players&apos; &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams join from their phones or laptops on the room&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to run a turn, in one page (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About wargame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? Press F1 for the facilitator&apos;s guide. A turn: fire the due injects, then Next phase (F5) to enter moves, reveal them, rule, resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed ({0}): the last changes are not safe on disk. Save the session somewhere else now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [replay]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close orders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for: {0}. Reveal the moves anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: the teams move on their devices (a team at this screen: Turn ▸ Curtain, Ctrl+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fired yet: {0}. Go on to the Orders phase without them? (Hold an inject to bring it back next turn.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots have not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No move yet from the bots of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots move, then go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams are about to take turns at the screen. Without a White-cell PIN, anyone at the curtain can go back to the console and see the room&apos;s picture. Set a PIN now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a White-cell PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White-cell PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PINs differ: no PIN set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curtain is for the Orders phase, when teams move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undone events hold a sealed move or a withdrawal of {0}. Redo them before the teams come back, or leave them in another branch (the team moves again)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them in a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots moved — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bot has moved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is open in another wargame window. Open a copy here? Saving the copy asks for a new file name, so neither window overwrites the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be opened. The current session is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by an older wargame: every move and roll replayed, the meters recomputed under the current rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session from scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session for replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export after-action report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables for analysts: choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is open in another wargame window: save this session under another name (File ▸ Save as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPreview</name>
    <message>
        <source>Relations map preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetersPanel</name>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterrence (| = starting value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest pair (click one on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · baseline {1:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did this move? (click for the full record)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <source>Modify move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmark here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Note here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Players&apos; devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the ruling (required for all but Accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept certain moves, roll the uncertain ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects phase: fire or hold the due injects, then Next phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders phase: teams submit sealed moves behind the curtain; the White cell enters moves for its own actors and the bots. Next phase reveals them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves revealed. Rule on each (a reason for all but Accept); Next phase resolves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. The meters show the end of the turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the turn; Next phase starts the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders phase: teams submit sealed moves from their devices (a team at this screen: the curtain, Ctrl+T); the White cell enters moves for its own actors and the bots. Next phase reveals them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} is ruled already ({1}{2}). Replace that ruling? Its reason and its die go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for this ruling first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain: dice rolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlookPanel</name>
    <message>
        <source>Number of rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook fan chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outlook for this turn yet: Run outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rollouts from turn {1}. Highest band reached: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Facilitator override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a meter by hand. The override and its reason are kept in the log and shown wherever the meter is explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation of a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterrence of an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (required, read out in the after-action review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>What the room will call this crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short identifier (letters, digits, _): moves files name the scenario by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date (Day 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening briefing read to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (public, for the facts and numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit turn length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit number of turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>drawing chart {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0} in {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt;: the scenario can be saved as a draft but not played. Click one to go to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No problems&lt;/b&gt;: the scenario can be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>wargame — projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn {0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed orders: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsMap</name>
    <message>
        <source>Relations map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: escalation {1:.1f} — {2} · relations {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>Remove relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap relation direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}: no relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}: {2}, baseline {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event {0} of {1} · turn {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected row (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBridge</name>
    <message>
        <source>Drop a sealed move?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undone events hold the sealed move of {0}. Going on leaves it in another branch, unrevealed, and the team must move again. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Teams and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each actor to a player team (type the team&apos;s name), to the White cell, or to a bot with a doctrine. Teams submit sealed moves behind the curtain; a team without a PIN can be opened by anyone at the screen. Nothing changes until OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control of each actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or doctrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or doctrine of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team for the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the White cell (to leave the curtain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No White-cell PIN: anyone at the curtain can return to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN for {0}: anyone at the screen can open their panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN changes apply on OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>{0} — sealed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: your move (nobody else sees this panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted this turn by {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your moves this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the selected move before the reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the selected move and load it into the form to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass this turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done — close the panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnBar</name>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} phase{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>Why did this move? — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changes since the start, net {1:+.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log #</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources for its facts and numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario names no sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>a session never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wargame did not close cleanly last time. Recover “{0}” ({1}), autosaved {2}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from autosave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>days</name>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Wrong PIN. Try again in {0:.0f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: enter the PIN in force for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair: first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair: second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who / pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor, the victim, or the pair&apos;s first actor (empty: the move&apos;s actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offender, or the pair&apos;s second actor (empty: the move&apos;s target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter, flag or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable (or deterrence), a flag, or statuses separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must the flag be set, the grievance open, the actor nuclear?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
