from sm_card.cli import main

raise SystemExit(main())
