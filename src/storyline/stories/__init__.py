"""Stage: group articles that tell the same story, across languages and outlets.

:func:`assign_stories` places new articles into existing stories or founds new
ones, so a second build extends stories without starting over;
:func:`describe_story` gives a story its title, span, languages and outlets.
"""

from storyline.stories.cluster import Placement, assign_stories
from storyline.stories.describe import describe_story
from storyline.stories.known import KnownStories, MemberIndex, Neighbour
from storyline.stories.profile import StoryFeatures, StoryProfile

__all__ = ["KnownStories", "MemberIndex", "Neighbour", "Placement", "StoryFeatures", "StoryProfile",
           "assign_stories", "describe_story"]
