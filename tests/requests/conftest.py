"""A workspace with a small campaign: the four Welsh forces and Police Scotland."""

import pytest

CAMPAIGN = '''title = "Sexual communication with a child"

[request]
release = "test-2019"
authorities = ["wales", "Police Scotland"]
periods = ["2016/17 to 2018/19"]
question = """
Please tell me how many offences of sexual communication with a child {authority_name}
recorded in each of the financial years {periods}.

- by year
- by the **age** of the victim
"""

[request.measures]
sexual_communication_with_child = "offences"
platforms_used = "offences"

[request.requester]
name = "Sam Reporter"
organisation = "The Example Post"
address = ["1 High Street", "Cardiff"]
email = "sam@example.org"

[request.foi_addresses]
gwent = "foi@gwent.example.org"

[style]
belongs_to = "someone else"
'''


@pytest.fixture
def campaign_ws(ws):
    """A fresh workspace whose campaign.toml asks the Welsh forces and Police Scotland."""
    (ws.folder / "campaign.toml").write_text(CAMPAIGN, encoding="utf-8")
    return ws
