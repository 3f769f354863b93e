from sm_card.entry import main

raise SystemExit(main())
